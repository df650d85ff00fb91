import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/model/schemas/json-schemas.js';
import { REPO } from '../helpers/cli.js';

describe('committed JSON Schemas', () => {
  it('match the zod schemas (run `node bin/ledger.js schema -o schemas` after changing a schema)', () => {
    for (const [name, text] of jsonSchemas()) {
      expect(fs.readFileSync(path.join(REPO, 'schemas', name), 'utf8'), name).toBe(text);
    }
  });

  it('describe every field of the assignments file', () => {
    const schema = JSON.parse(jsonSchemas().get('assignments.schema.json')!) as { properties: Record<string, { description?: string }> };
    for (const key of ['unit', 'contact', 'indicators']) expect(schema.properties[key]?.description, key).toBeTruthy();
  });
});
