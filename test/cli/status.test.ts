import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/format/status/status-json.js';
import { checkJson, ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { git, HISTORY_DUE_DATES, workspaceWithHistory } from '../helpers/history.js';
import { addPdf, writeFile } from '../helpers/workspace.js';

async function statusJson(ws: string, extra: string[] = []): Promise<{ code: number; report: StatusJson; stderr: string }> {
  const r = await ledger(['status', '--workspace', ws, '--format', 'json', ...extra]);
  try {
    return { code: r.code, report: JSON.parse(r.stdout) as StatusJson, stderr: r.stderr };
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

const ANSI = /\u001b\[/;

describe('ledger status', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await workspaceWithHistory();
  });

  it('shows the numbers of check: one computation', async () => {
    const { code, report } = await statusJson(ws);
    const checked = await checkJson(ws);
    const check = checked.report.summary;
    // status reports (0 when it produced its output); check judges the same findings (1).
    expect(code).toBe(0);
    expect(checked.code).toBe(1);
    expect(report.totals.materials.covered).toBe(check.materials.covered);
    expect(report.totals.materials.required).toBe(check.materials.required);
    expect(report.totals.ledgerDone).toBe(check.ledgerDone);
    expect(report.totals.errors).toBe(check.errors);
    for (const u of report.units) {
      const c = check.units[u.id]!;
      expect([u.covered, u.required, u.ledgerDone, u.complete, u.errors, u.lead, u.cooperate]).toEqual([
        c.covered,
        c.required,
        c.ledgerDone,
        c.complete,
        c.errors,
        c.lead,
        c.cooperate,
      ]);
    }
    expect(report.areas).toEqual(check.areas.map((a) => ({ ...a, percent: Math.floor((a.covered * 100) / a.required) })));
    expect(report.areas.map((a) => a.area)).toHaveLength(11);
    expect(report.unassigned.ids).toEqual(check.unassigned.ids);
    expect(report.withoutMaterials).toEqual(['73', '78', 'V1', 'V2']);
    // The scaffold's problems.yaml lists none yet.
    expect(report.problems).toEqual({ totals: { total: 0, open: 0, overdue: 0, dueSoon: 0, closed: 0 }, units: [], overdue: [] });
    // No verdict recorded yet: every material in scope is unreviewed, counted as check counts them.
    expect(report.reviews).toEqual(check.reviews);
    expect(report.reviews).toMatchObject({ passed: 0, returned: 0, stale: 0, unreviewed: check.materials.required });
  });

  it('reads the trend from git: one point per due date with a commit before it, then HEAD', async () => {
    const { report } = await statusJson(ws);
    expect(report.history).toMatchObject({ state: 'ok', shallow: false, since: '2026-03-01', previousDue: '2026-11-04' });
    expect(report.trend.map((p) => p.date)).toEqual([...HISTORY_DUE_DATES, '2026-11-28']);
    expect(report.trend.map((p) => p.now)).toEqual([...HISTORY_DUE_DATES.map(() => false), true]);
    const xinyong = report.trend.map((p) => p.units['xinyong-jianguan']!.covered);
    expect(xinyong).toEqual([0, 0, 2, 2, 2, 2, 2, 2, 2, 3]);
    const fagui = report.trend.map((p) => p.units.fagui!.ledgerDone);
    expect(fagui).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    // The HEAD point counts by name what check counts by content: here they agree.
    expect(report.trend.at(-1)!.covered).toBe(report.totals.materials.covered);
  });

  it('marks units without progress since the previous due date, ranks them first, dates their last change', async () => {
    const { report } = await statusJson(ws);
    const byId = new Map(report.units.map((u) => [u.id, u]));
    expect(byId.get('xinyong-jianguan')).toMatchObject({
      stalled: false,
      progress: { covered: 1, ledgerDone: 0 },
      lastChange: '2026-11-10',
    });
    expect(byId.get('fagui')).toMatchObject({ stalled: true, progress: { covered: 0, ledgerDone: 0 }, lastChange: '2026-08-01' });
    expect(byId.get('bangongshi')).toMatchObject({ stalled: true, lastChange: '2026-03-01' });
    const firstNotStalled = report.units.findIndex((u) => !u.stalled);
    expect(report.units.slice(firstNotStalled).every((u) => !u.stalled)).toBe(true);
    expect(report.units.at(-1)!.id).toBe('xinyong-jianguan');
    expect(byId.get('fagui')!.missing.some((m) => m.indicator === '30' && m.material === 2)).toBe(true);
  });

  it('prints a text overview that fits 100 columns, in colour only on a terminal', async () => {
    const plain = await ledger(['status', '--workspace', ws]);
    expect(plain.code).toBe(0);
    const lines = plain.stdout.split('\n');
    expect(lines.filter((l) => stringWidth(l) > 100)).toEqual([]);
    expect(plain.stdout).not.toMatch(ANSI);
    for (const word of [
      '下次月度报送截止：2026-12-04',
      '当前阶段：深入整改阶段',
      '下一阶段：完善提升阶段',
      '法规科',
      '无进展',
      '列入通报的单位',
    ]) {
      expect(plain.stdout).toContain(word);
    }
    expect(plain.stdout).toContain('一、政府职能依法全面履行');
    expect(plain.stdout).toContain('无需报送材料的指标：73、78、V1、V2');
    expect(plain.stdout).toMatch(/今天 2026-11-28/);
    const coloured = await ledger(['status', '--workspace', ws], { tty: true, env: { NO_COLOR: '' } });
    expect(coloured.stdout).toMatch(ANSI);
    const noColor = await ledger(['status', '--workspace', ws], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(ANSI);
    const en = await ledger(['status', '--workspace', ws, '--lang', 'en']);
    expect(en.stdout).toContain('Units (lagging first)');
    expect(en.stdout.split('\n').filter((l) => stringWidth(l) > 100)).toEqual([]);
  });

  it('--unit shows one unit: its missing materials and its file problems', async () => {
    writeFile(ws, 'evidence/030/2-坏文件.pdf', 'not a pdf');
    try {
      const r = await ledger(['status', '--workspace', ws, '--unit', '法规科']);
      expect(r.stdout).toContain('缺少的材料');
      expect(r.stdout).toMatch(/指标 30\s+② /);
      expect(r.stdout).toContain('不计入：2-坏文件.pdf');
      expect(r.stdout).toContain('file-not-pdf');
      expect(r.stdout).toMatch(/今天 2026-11-28\s+1\/47\s/); // the unit's own trend
      expect(r.stdout.split('\n').filter((l) => stringWidth(l) > 100)).toEqual([]);
      const { report } = await statusJson(ws, ['--unit', 'fagui']);
      expect(report.unit).toBe('fagui');
      expect(report.units.map((u) => u.id)).toEqual(['fagui']);
      expect(report.findings!.some((f) => f.code === 'file-not-pdf' && f.message.length > 0)).toBe(true);
      expect(Object.keys(report.trend[0]!.units)).toEqual(['fagui']);
      expect((await ledger(['status', '--workspace', ws, '--unit', '不存在的科'])).code).toBe(2);
    } finally {
      fs.rmSync(path.join(ws, 'evidence/030/2-坏文件.pdf'));
    }
  });

  it('prints Markdown for job summaries and messages', async () => {
    const r = await ledger(['status', '--workspace', ws, '--format', 'markdown']);
    expect(r.stdout).toMatch(/^## .*月度概况/);
    expect(r.stdout).toContain('| 单位 | 牵头/配合 |');
    expect(r.stdout).toContain('| **法规科** |');
    expect(r.stdout).toContain('### 月度趋势');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('--html writes one self-contained page and says so', async () => {
    const out = path.join(tempDir(), 'status.html');
    const r = await ledger(['status', '--workspace', ws, '--html', out]);
    expect(r.stdout).toMatch(/^已写入 .*status\.html（\d+ KB）\n$/);
    const html = fs.readFileSync(out, 'utf8');
    expect(html.length).toBeLessThan(3 * 1024 * 1024);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    // The only URL is the SVG namespace, which is a name, not a request.
    expect(html.match(/https?:\/\/[^\s"'<>)]+/g)?.filter((u) => u !== 'http://www.w3.org/2000/svg') ?? []).toEqual([]);
    expect(html).toContain('<meta http-equiv="X-UA-Compatible" content="IE=edge">');
    expect(html).toContain('<meta name="renderer" content="webkit">');
    // Only CSS that Chromium 80 (Edge 80, 360, QQ) draws: none of these newer features.
    const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    for (const feature of [':is(', ':where(', ':has(', 'aspect-ratio', 'inset:', '@container', 'color-mix', '@layer', '\n  & ']) {
      expect(css).not.toContain(feature);
    }
    expect(css).not.toMatch(/(^|[^-])gap:/m); // flex gap is Chromium 84; grid-gap is old
    const both = await ledger(['status', '--workspace', ws, '--html', out, '--format', 'json']);
    expect(JSON.parse(both.stdout).organization).toBeTruthy();
    expect(both.stderr).toContain('已写入');
    expect((await ledger(['status', '--workspace', ws, '--html', path.join(out, 'no', 'such.html')])).code).toBe(2);
  });

  it('serves a warm run from the cache and sees a change', async () => {
    const first = await statusJson(ws);
    const warm = await statusJson(ws);
    expect(warm.report).toEqual(first.report);
    await addPdf(ws, 'evidence/012/1-分级分类监管.pdf');
    try {
      const after = await statusJson(ws);
      expect(after.report.totals.materials.covered).toBe(first.report.totals.materials.covered + 1);
      expect(fs.existsSync(path.join(ws, '.ledger-cache', 'history.json'))).toBe(true);
    } finally {
      fs.rmSync(path.join(ws, 'evidence/012/1-分级分类监管.pdf'));
    }
  });
  it('a shallow clone says where its history stops and dates nothing by its boundary commit', async () => {
    const clone = path.join(tempDir(), 'clone');
    git(path.dirname(clone), ['clone', '-q', '--depth', '2', `file://${ws}`, clone]);
    const { report } = await statusJson(clone);
    expect(report.history).toMatchObject({ state: 'ok', shallow: true, since: '2026-08-01' });
    expect(report.trend.map((p) => p.date)).toEqual(['2026-08-04', '2026-09-04', '2026-10-04', '2026-11-04', '2026-11-28']);
    const byId = new Map(report.units.map((u) => [u.id, u]));
    expect(byId.get('xinyong-jianguan')!.lastChange).toBe('2026-11-10');
    expect(byId.get('fagui')!.lastChange).toBeNull();
    const text = await ledger(['status', '--workspace', clone]);
    expect(text.stdout).toContain('浅克隆');
  });
});

describe('ledger status without history', () => {
  it('outside a git repository shows today only and says why', async () => {
    const ws = makeWorkspace();
    const { code, report } = await statusJson(ws);
    expect(code).toBe(0);
    expect(report.history.state).toBe('not-a-repository');
    expect(report.trend).toEqual([]);
    expect(report.units.every((u) => u.lastChange === null && u.stalled === null && u.progress === null)).toBe(true);
    const text = await ledger(['status', '--workspace', ws]);
    expect(text.stdout).toContain('工作区不是 git 仓库');
  });

  it('a repository without commits shows today only', async () => {
    const ws = makeWorkspace();
    git(ws, ['init', '-q', '-b', 'main']);
    const { report } = await statusJson(ws);
    expect(report.history.state).toBe('no-commits');
    expect(report.trend).toEqual([]);
  });

  it('cannot run on a broken ledger.yaml (exit 2)', async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'ledger.yaml', 'organization: [\n');
    const r = await ledger(['status', '--workspace', ws]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ledger.yaml');
  });
});
