import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../src/diagnostics/sort.js';
import { FORMATTERS, PLAIN } from '../../src/format/index.js';
import { mdText } from '../../src/format/markdown.js';

const summary = {
  indicators: 2,
  withoutMaterials: 0,
  withoutMaterialsIds: [],
  complete: 0,
  incomplete: 2,
  ledgerDone: 0,
  errors: 2,
  toSubmit: 0,
  warnings: 1,
  materials: { covered: 1, required: 3 },
  unassigned: { indicators: 0, ids: [], covered: 0, required: 0 },
  units: {},
  areas: [],
  reviews: { passed: 0, returned: 0, stale: 0, unreviewed: 3, units: {} },
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

  it('text: summary first, then problems with their fix, then missing materials per indicator', () => {
    const out = FORMATTERS.text(list, ctx());
    expect(
      out.startsWith('共 2 项指标：材料齐全 0 项，缺材料 2 项；台账已完成 0 项\n材料 1/3 项已有证明（33%）\n错误 2 个，警告 1 个\n'),
    ).toBe(true);
    expect(out).toContain('下次月度报送截止：2026-12-04（还有 6 天）；当前阶段：深入整改阶段（截至 2026-12-31）');
    expect(out).toContain('需要处理的问题（3）\n  ✖ 错误 units.yaml:3:7 YAML 语法错误');
    expect(out).toMatch(/\[yaml-syntax\]\n      → 按提示的行列修正/);
    expect(FORMATTERS.text(list, ctx('en'))).toContain('Next monthly deadline: 2026-12-04 (6 day(s) left)');
  });

  it('text --verbose: every finding grouped by indicator, each with its fix', () => {
    const out = FORMATTERS.text(list, { ...ctx(), verbose: true });
    expect(out).toContain('工作区配置\n  ✖ 错误 units.yaml:3:7 YAML 语法错误');
    expect(out).toContain('指标 9 全面推行双随机\n  ⚠ 警告 evidence/009/1-x.pdf');
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
    expect(out[0]).toBe('::error file=units.yaml,line=3,col=7,title=ledger yaml-syntax::YAML syntax error: bad\\nthing 100%25');
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

  it('markdown: verdict, problems with what to do, missing per indicator; hostile names stay text', () => {
    const hostile = diag(
      'file-not-pdf',
      { kind: '' },
      { file: 'evidence/009/2-a|b<img src=x>[c](http://x)`d`\n## e.pdf', indicator: '9', material: 2 },
    );
    const out = FORMATTERS.markdown([...list, hostile], ctx());
    expect(out).toMatch(/^## ledger 检查结果\n\n\*\*❌ 错误 2 个，警告 1 个：修正后才能合并。\*\*/);
    expect(out).toContain('| ❌ | units.yaml:3 | YAML 语法错误');
    expect(out).toContain('evidence/009/2-a\\|b&lt;img src=x&gt;\\[c\\]\\(http\\://x\\)\\`d\\`\\\\n\\#\\# e.pdf');
    const rows = out.split('\n').filter((l) => l.startsWith('| ❌'));
    // every problem row has exactly the four columns: no cell was split by a | from a file name
    for (const r of rows) expect(r.replace(/\\\|/g, '').split('|').length).toBe(6);
    expect(mdText('a_b*c')).toBe('a\\_b\\*c');
  });
});
