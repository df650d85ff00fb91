import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../src/diagnostics/sort.js';
import { FORMATTERS, PLAIN } from '../../src/format/index.js';

const summary = {
  indicators: 2,
  withoutMaterials: 0,
  withoutMaterialsIds: [],
  complete: 0,
  incomplete: 2,
  ledgerDone: 0,
  errors: 2,
  warnings: 1,
  materials: { covered: 1, required: 3 },
  unassigned: { indicators: 0, ids: [], covered: 0, required: 0 },
  units: {},
  areas: [],
  deadline: { nextDue: '2026-12-04', daysLeft: 6, stage: { name: '深入整改阶段', due: '2026-12-31' } },
};
const ctx = (lang: 'zh' | 'en' = 'zh') => ({
  lang,
  style: PLAIN,
  summary,
  titles: new Map([
    ['9', '全面推行双随机'],
    ['30', '规范性文件'],
  ]),
});
const list = sortDiagnostics([
  diag('pdf-encrypted', {}, { file: 'evidence/009/2-a,b:c.pdf', indicator: '9', material: 2 }),
  diag('pdf-restricted', {}, { file: 'evidence/009/1-x.pdf', indicator: '9', material: 1 }),
  diag('yaml-syntax', { detail: 'bad\nthing 100%' }, { file: 'units.yaml', line: 3, column: 7 }),
]);

describe('formatters', () => {
  it('sorts workspace findings first, then by indicator and file', () => {
    expect(list.map((d) => d.code)).toEqual(['yaml-syntax', 'pdf-restricted', 'pdf-encrypted']);
  });

  it('text groups by indicator and ends with the summary and deadline', () => {
    const out = FORMATTERS.text(list, ctx());
    expect(out).toContain('工作区配置\n  ✖ 错误 units.yaml:3:7 YAML 语法错误');
    expect(out).toContain('指标 9 全面推行双随机\n  ⚠ 警告 evidence/009/1-x.pdf');
    expect(out).toContain('共 2 项指标：完成 0 项，未完成 2 项；材料 1/3 项已有证明；错误 2 个，警告 1 个');
    expect(out).toContain('下次月度报送截止：2026-12-04（还有 6 天）');
    expect(FORMATTERS.text(list, ctx('en'))).toContain('Next monthly deadline: 2026-12-04 (6 day(s) left)');
  });

  it('json has the SPEC shape', () => {
    const j = JSON.parse(FORMATTERS.json(list, ctx()));
    expect(Object.keys(j)).toEqual(['summary', 'diagnostics']);
    expect(j.diagnostics[2]).toEqual({
      code: 'pdf-encrypted',
      severity: 'error',
      message: 'PDF 设置了打开密码，评审时无法查看',
      file: 'evidence/009/2-a,b:c.pdf',
      line: null,
      column: null,
      indicator: '9',
      material: 2,
      unit: null,
    });
  });

  it('github escapes properties and data', () => {
    const out = FORMATTERS.github(list, ctx('en')).trim().split('\n');
    expect(out[0]).toBe('::error file=units.yaml,line=3,col=7,title=ledger yaml-syntax::YAML syntax error: bad%0Athing 100%25');
    expect(out[1]).toMatch(/^::warning file=evidence\/009\/1-x\.pdf,title=ledger pdf-restricted Indicator 9::/);
    expect(out[2]).toContain('file=evidence/009/2-a%2Cb%3Ac.pdf');
  });

  it('junit: one case per indicator plus the workspace, errors as failures', () => {
    const out = FORMATTERS.junit(list, ctx());
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(out.match(/<testcase /g)).toHaveLength(3);
    expect(out).toContain('failures="2"');
    expect(out).toContain('<failure type="pdf-encrypted"');
    expect(out).toContain('<system-out>[pdf-restricted]');
    expect(out).not.toMatch(/<[^>]*[^\x09\x0A\x0D\x20-\uFFFF]/u);
  });
});
