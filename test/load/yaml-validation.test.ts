import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { assignmentsFileSchema } from '../../src/model/schemas/assignments.js';
import { ledgerConfigSchema } from '../../src/model/schemas/ledger-config.js';
import { unitsFileSchema } from '../../src/model/schemas/units.js';
import { evidenceIndexSchema } from '../../src/model/schemas/evidence-index.js';
import { renderDiagnostic } from '../../src/i18n/diagnostic-messages.js';

const config = `organization: 测试局
cycle:
  start: 2026-01-01
  end: 2027-12-31
stages:
  - name: 全面自查阶段
    due: 2026-09-30
`;

describe('parseYaml', () => {
  it('accepts a valid file and fills defaults', () => {
    const r = parseYaml(config, 'ledger.yaml', ledgerConfigSchema);
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.monthly_due_day).toBe(4);
    expect(r.value?.evidence_since).toBe('2019-01-01');
    expect(r.value?.rules.statement_max_chars).toBe(600);
  });

  it('reports a syntax error with its line and column', () => {
    const r = parseYaml('unit: fagui\nindicators:\n  "9":\n    status: [未完成\n', 'assignments/fagui.yaml', assignmentsFileSchema);
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', file: 'assignments/fagui.yaml', severity: 'error' });
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(4);
  });

  it('reports a duplicate key where the second one is', () => {
    const r = parseYaml(
      'unit: fagui\nindicators:\n  "9":\n    status: 未完成\n  "9":\n    status: 已完成\n',
      'a.yaml',
      assignmentsFileSchema,
    );
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'yaml-duplicate-key', line: 5, column: 3 });
  });

  it('reports a wrong enum value at the value, saying what was expected and found', () => {
    const r = parseYaml('unit: fagui\nindicators:\n  "9":\n    status: 做完了\n', 'a.yaml', assignmentsFileSchema);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d).toMatchObject({ code: 'schema-invalid', line: 4, column: 13 });
    expect(renderDiagnostic(d, 'zh')).toContain('已完成、未完成、不涉及');
    expect(renderDiagnostic(d, 'zh')).toContain('做完了');
    expect(renderDiagnostic(d, 'en')).toBe('indicators.9.status: expected one of 已完成, 未完成, 不涉及, found "做完了"');
  });

  it('reports an unknown key at the key', () => {
    const r = parseYaml('units:\n  - id: fagui\n    name: 法规科\n    alias: [x]\n', 'units.yaml', unitsFileSchema);
    expect(r.diagnostics[0]).toMatchObject({ code: 'schema-invalid', line: 4, column: 5 });
    expect(renderDiagnostic(r.diagnostics[0]!, 'en')).toContain('Unknown key alias');
  });

  it('reports a missing required key at the mapping that lacks it', () => {
    const r = parseYaml('organization: x\nstages:\n  - name: a\n    due: 2026-01-01\n', 'ledger.yaml', ledgerConfigSchema);
    expect(r.diagnostics[0]).toMatchObject({ code: 'schema-invalid', line: 1, column: 1 });
    expect(renderDiagnostic(r.diagnostics[0]!, 'en')).toContain('cycle: expected a mapping');
  });

  it('rejects an impossible date', () => {
    const r = parseYaml(config.replace('2026-09-30', '2026-02-30'), 'ledger.yaml', ledgerConfigSchema);
    expect(r.diagnostics[0]).toMatchObject({ code: 'schema-invalid', line: 7 });
  });

  it('rejects an index.yaml exception with two kinds at once', () => {
    const r = parseYaml('materials:\n  2:\n    not_applicable: 不涉及\n    secret: 涉密\n', 'evidence/009/index.yaml', evidenceIndexSchema);
    expect(r.diagnostics[0]).toMatchObject({ code: 'schema-invalid', line: 3 });
  });

  it('never throws on garbage', () => {
    for (const text of ['\u0000\u0001', ':::', '- - -\n  ]', '&a [*a]', 'a: *nope', '%YAML 9.9\n---\nx']) {
      expect(() => parseYaml(text, 'x.yaml', unitsFileSchema)).not.toThrow();
      expect(parseYaml(text, 'x.yaml', unitsFileSchema).diagnostics.length).toBeGreaterThan(0);
    }
  });
});
