import { z } from 'zod';
import { SCHEMA_FILES } from './index.js';

/**
 * JSON Schemas generated from the zod schemas, for editors (yaml-language-server). The input
 * side is used: fields with defaults are optional to write.
 */
export function jsonSchemas(files: Record<string, z.ZodType> = SCHEMA_FILES): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, schema] of Object.entries(files)) {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
    out.set(name, `${JSON.stringify({ ...json, $id: `https://ledger.local/schemas/${name}` }, null, 2)}\n`);
  }
  return out;
}
