import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { assignmentsFileSchema } from '../../src/model/schemas/assignments.js';

const assignments = (keys: string[]): string =>
  `unit: fagui\ncontact: 张三\nindicators:\n${keys.map((k) => `  ${k}:\n    status: 未完成\n`).join('')}`;

describe('indicator keys that YAML resolves to the same entry', () => {
  // Each form is read as the number 15 (YAML 1.2 core schema) or the string "15": as data, both are key "15".
  for (const other of ['"15"', '015', '0x0F', '15.0', '0o17', '+15']) {
    it(`15 and ${other} are a duplicate key, never "the later wins"`, () => {
      const r = parseYaml(assignments(['15', other]), 'assignments/fagui.yaml', assignmentsFileSchema);
      expect(r.value).toBeNull();
      expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'yaml-duplicate-key', line: 6, column: 3 })]);
      expect(r.diagnostics[0]!.args.detail).toContain(other);
    });
  }

  it('the same key twice is still one finding at the second', () => {
    const r = parseYaml(assignments(['"15"', '"15"', '"16"']), 'assignments/fagui.yaml', assignmentsFileSchema);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['yaml-duplicate-key', 6]]);
  });

  it('keys that only look alike are not duplicates', () => {
    const r = parseYaml(assignments(['"15"', '"015"', '"B1"', '"b1"']), 'assignments/fagui.yaml', assignmentsFileSchema);
    expect(r.diagnostics.filter((d) => d.code === 'yaml-duplicate-key')).toEqual([]);
  });

  it('a __proto__ key is reported as an unknown key where it is written, never dropped silently', () => {
    const r = parseYaml(assignments(['"15"', '__proto__']), 'assignments/fagui.yaml', assignmentsFileSchema);
    expect(r.value).toBeNull();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'schema-invalid',
        line: 6,
        column: 3,
        args: { path: 'indicators', expected: 'keys', found: '__proto__' },
      }),
    ]);
  });

  it('40,000 unknown keys in one file are read in linear time', () => {
    const keys = Array.from({ length: 40000 }, (_, i) => `"k${String(i).padStart(5, '0')}"`);
    const text = assignments(keys);
    expect(text.length).toBeGreaterThan(1_000_000);
    const start = process.cpuUsage();
    const r = parseYaml(text, 'assignments/fagui.yaml', assignmentsFileSchema);
    const used = process.cpuUsage(start);
    expect(Object.keys(r.value!.indicators)).toHaveLength(40000);
    // The pairwise unique-key check of the yaml library took over 30 s of CPU here; linear work is about 3 s, under 15 s on a busy machine.
    expect((used.user + used.system) / 1e6).toBeLessThan(30);
  });
});
