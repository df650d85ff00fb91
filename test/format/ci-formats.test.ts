import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { FORMATTERS, PLAIN } from '../../src/format/index.js';

const ctx = {
  lang: 'zh' as const,
  style: PLAIN,
  titles: new Map<string, string>(),
  summary: {} as never,
};

describe('CI formats', () => {
  it('github: 10 annotations per level, then one notice saying how many more the summary lists', () => {
    const errors = Array.from({ length: 13 }, (_, i) =>
      diag('file-not-pdf', { kind: '' }, { file: `evidence/009/1-${i}.pdf`, indicator: '9' }),
    );
    const warnings = Array.from({ length: 11 }, (_, i) => diag('pdf-restricted', {}, { file: `evidence/010/1-${i}.pdf`, indicator: '10' }));
    const lines = FORMATTERS.github([...errors, ...warnings], ctx)
      .trimEnd()
      .split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.slice(-2)).toEqual([
      '::notice title=ledger::另有 3 个错误未逐条标注（GitHub 每类最多显示 10 条）：见本次运行的摘要。',
      '::notice title=ledger::另有 1 个警告未逐条标注（GitHub 每类最多显示 10 条）：见本次运行的摘要。',
    ]);
    expect(FORMATTERS.github(errors.slice(0, 10), ctx)).not.toContain('::notice');
  });

  it('codequality: GitLab Code Quality JSON, one issue per error and warning, stable distinct fingerprints', () => {
    const list = [
      diag('yaml-syntax', { detail: 'bad' }, { file: 'units.yaml', line: 3, column: 7 }),
      diag('pdf-restricted', {}, { file: 'evidence/009/1-x.pdf', indicator: '9', material: 1 }),
      diag('file-not-pdf', { kind: '' }, { file: 'evidence/009/2-a.pdf', indicator: '9', material: 2 }),
      diag('file-not-pdf', { kind: '' }, { file: 'evidence/009/2-a.pdf', indicator: '9', material: 2 }),
      diag(
        'material-missing',
        { material: 3, materialText: 'x', units: [], rejected: [], notApplicableBy: [] },
        { indicator: '9', material: 3, severity: 'info' },
      ),
    ];
    const issues = JSON.parse(FORMATTERS.codequality(list, ctx)) as {
      check_name: string;
      severity: string;
      description: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['ledger yaml-syntax', 'major', 'units.yaml', 3],
      ['ledger pdf-restricted', 'minor', 'evidence/009/1-x.pdf', 1],
      ['ledger file-not-pdf', 'major', 'evidence/009/2-a.pdf', 1],
      ['ledger file-not-pdf', 'major', 'evidence/009/2-a.pdf', 1],
    ]);
    expect(issues[2]!.description).toBe('不是 PDF 文件或 JPG/PNG 图片');
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(4);
    expect(JSON.parse(FORMATTERS.codequality(list, ctx))).toEqual(issues);
  });
});
