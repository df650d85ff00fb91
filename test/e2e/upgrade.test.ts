import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkJson, ledger, makeLegacyWorkspace, REPO, tempDir, type JsonReport } from '../helpers/cli.js';
import { edit } from '../helpers/workspace.js';

const key = (d: JsonReport['diagnostics'][number]) => `${d.code}|${d.file}|${d.indicator}|${d.material}|${d.unit}`;
const read = (ws: string, rel: string) => fs.readFileSync(path.join(ws, rel), 'utf8');

/** Everything check says, minus the finding that names the earlier layout. */
function comparable(r: JsonReport) {
  const diagnostics = r.diagnostics
    .filter((d) => d.code !== 'workspace-layout-old')
    .map(key)
    .sort();
  return { summary: { ...r.summary, warnings: 0 }, diagnostics };
}

describe('ledger upgrade', () => {
  it('converts examples/workspace as it is in git: every number check reports stays the same', async () => {
    const ws = path.join(tempDir('ledger-upgrade-'), 'ws');
    fs.cpSync(path.join(REPO, 'examples', 'workspace'), ws, { recursive: true });
    expect(fs.existsSync(path.join(ws, 'indicators'))).toBe(true);
    const before = await checkJson(ws);
    expect(before.report.diagnostics.some((d) => d.code === 'workspace-layout-old')).toBe(true);
    const units = read(ws, 'units.yaml');
    const fagui = read(ws, 'assignments/fagui.yaml');

    const dry = await ledger(['upgrade', '--dry-run', '--workspace', ws]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('删除 indicators/area-01.yaml');
    expect(fs.existsSync(path.join(ws, 'indicators/area-01.yaml'))).toBe(true);

    const r = await ledger(['upgrade', '--workspace', ws]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(ws, 'indicators'))).toBe(false);
    // nothing was edited in the copy: no notes
    expect(fs.existsSync(path.join(ws, 'catalog-notes.yaml'))).toBe(false);
    expect(parse(read(ws, 'ledger.yaml'))).toMatchObject({
      catalog: { name: '法治政府建设示范指标体系', version: '2021.1' },
      review_body: '市局',
    });
    expect(read(ws, 'units.yaml')).toBe(units);
    expect(read(ws, 'assignments/fagui.yaml')).toBe(fagui);
    const after = await checkJson(ws);
    expect(after.report.summary.warnings).toBe(before.report.summary.warnings - 1);
    expect(comparable(after.report)).toEqual(comparable(before.report));
    expect((await ledger(['upgrade', '--workspace', ws])).stdout).toContain('无需升级');
  });

  it('keeps every edit of a copy edited in every file: text, a material, methods, units, a comment, an extra indicator', async () => {
    const ws = makeLegacyWorkspace();
    edit(
      ws,
      'indicators/area-01.yaml',
      '全面普及行政审批服务“马上办、网上办、就近办、一次办、自助办”。',
      '全面普及行政审批服务“马上办”（本地改写）。',
    );
    edit(
      ws,
      'indicators/area-01.yaml',
      '- 行政审批事项在法定期限内完成并不断压缩办理时限的情况说明及典型案例等佐证材料',
      '- 压缩办理时限的情况说明（本地）',
    );
    edit(ws, 'indicators/area-02.yaml', /(id: "31"\n[\s\S]*?lead: )\[fagui\]/, '$1[renshi-jiaoyu]');
    edit(ws, 'indicators/area-02.yaml', /(id: "30"\n[\s\S]*?methods: )\[[^\]]*\]/, '$1[查看资料]');
    fs.appendFileSync(path.join(ws, 'indicators/area-05.yaml'), '# 本局：第 5 区指标由法规科统筹\n');
    fs.appendFileSync(
      path.join(ws, 'indicators/area-11.yaml'),
      '      - id: "B3"\n        text: 本地加分项\n        methods: [查看资料]\n        materials: [本地材料]\n        leadDepartments: []\n' +
        '        responsible: {lead: [fagui], cooperate: []}\n        responsibleRaw: 法规科\n',
    );
    edit(ws, 'units.yaml', 'aliases: [人事科]', 'aliases: [人事科, 人事股]');
    edit(ws, 'assignments/fagui.yaml', /("31":\n\s+status: 未完成\n\s+progress: )""/, '$1"已报送"');
    const untouched = Object.fromEntries(['units.yaml', 'assignments/fagui.yaml', 'problems.yaml'].map((f) => [f, read(ws, f)]));
    const before = await checkJson(ws);

    const r = await ledger(['upgrade', '--workspace', ws]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('B3');
    for (const [f, text] of Object.entries(untouched)) expect(read(ws, f), f).toBe(text);
    const resp = parse(read(ws, 'responsibilities.yaml')).indicators;
    expect(resp['31']).toEqual({ lead: ['renshi-jiaoyu'] });
    expect(resp['B3']).toEqual({ lead: ['fagui'] });
    const notesText = read(ws, 'catalog-notes.yaml');
    const notes = parse(notesText);
    expect(notes.catalog).toEqual({ name: '法治政府建设示范指标体系', version: '2021.1' });
    expect(notes.indicators['1'].note).toContain('指标内容：全面普及行政审批服务“马上办”（本地改写）。');
    expect(notes.indicators['1'].materials).toEqual({ '2': '压缩办理时限的情况说明（本地）' });
    expect(notes.indicators['30'].note).toContain('测评方式：查看资料');
    expect(notesText).toContain('#   area-05.yaml: # 本局：第 5 区指标由法规科统筹');
    expect(notesText).toContain('#   text: 本地加分项');

    const after = await checkJson(ws);
    expect(after.report.diagnostics.filter((d) => d.code === 'catalog-note-unknown')).toEqual([]);
    // B3 is not in the pinned catalog: reported where its units are kept, not dropped silently.
    expect(after.report.diagnostics.find((d) => d.code === 'indicator-unknown')).toMatchObject({ file: 'responsibilities.yaml' });
    // The pinned catalog's materials count as before; B3's one material is not part of it.
    expect(after.report.summary.materials).toEqual({ covered: 0, required: before.report.summary.materials.required - 1 });
  });
});
