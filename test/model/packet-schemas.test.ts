import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKET_SCHEMA_FILES } from '../../src/model/packet.js';
import { jsonSchemas } from '../../src/model/schemas/json-schemas.js';
import { REPO } from '../helpers/cli.js';

describe('committed packet JSON Schemas', () => {
  it('match the zod schemas of packet.json, coverage.json and manifest.json (regenerate: see docs/汇总与报送包.md)', () => {
    const schemas = jsonSchemas(PACKET_SCHEMA_FILES);
    expect([...schemas.keys()]).toEqual(['packet.schema.json', 'packet-coverage.schema.json', 'packet-manifest.schema.json']);
    for (const [name, text] of schemas) expect(fs.readFileSync(path.join(REPO, 'schemas', name), 'utf8'), name).toBe(text);
  });
});
