import path from 'node:path';
import { readTextIfPresent } from '../../load/workspace-root.js';
import { jsonSchemas } from '../../model/schemas/json-schemas.js';
import type { FileWrite } from '../../util/atomic-write.js';

/**
 * `ledger schema`: the JSON Schemas an editor validates the YAML with, into `dir`. They are
 * generated, so replacing them is what the user asked for; one that already says the same is left
 * alone (`unchanged`). Each write replaces only the text read here.
 */
export function planSchemas(dir: string): { file: string; write: FileWrite | null }[] {
  return [...jsonSchemas()].map(([name, text]) => {
    const file = path.join(dir, name);
    const old = readTextIfPresent(file);
    return { file, write: old === text ? null : { file, data: text, before: old === null ? { absent: true } : { text: old } } };
  });
}
