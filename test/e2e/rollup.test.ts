import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace, runCheck } from '../../src/index.js';
import type { Rollup } from '../../src/model/rollup.js';
import { ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { addPdf, edit, writeFile } from '../helpers/workspace.js';

/**
 * Issue 22's acceptance: three organisations built here — A with a broken PDF, B 40 days stale,
 * C on an older catalog version — packed, then rolled up. The roll-up's per-indicator counts equal
 * `check` on one workspace holding A's and B's evidence (C is named and left out of that merge).
 */
const CHROMIUM = process.env.LEDGER_CHROMIUM ?? '/usr/bin/chromium';
const chromiumAvailable = fs.existsSync(CHROMIUM);

interface Org {
  name: string;
  day: string;
  files: Record<string, 'pdf' | 'broken'>;
}
const ORGS: Org[] = [
  {
    name: '甲市场监督管理局',
    day: '2026-11-28',
    files: { '009/1-清单.pdf': 'pdf', '009/2-坏.pdf': 'broken', '012/1-制度.pdf': 'pdf', '015/2-坏.pdf': 'broken' },
  },
  { name: '乙市场监督管理局', day: '2026-10-19', files: { '009/2-案例.pdf': 'pdf', '015/1-报告.pdf': 'pdf' } },
  { name: '丙市场监督管理局', day: '2026-11-28', files: { '009/1-公示.pdf': 'pdf', '020/1-x.pdf': 'pdf' } },
];

let packets = '';
let merged = '';
let json = '';
let rollup: Rollup;

async function fill(ws: string, org: Org): Promise<void> {
  for (const [rel, kind] of Object.entries(org.files)) {
    if (kind === 'pdf') await addPdf(ws, `evidence/${rel}`, { seed: `${org.name}/${rel}` });
    else writeFile(ws, `evidence/${rel}`, '%PDF-1.4\nbroken');
  }
}

beforeAll(async () => {
  packets = tempDir('ledger-packets-');
  merged = makeWorkspace();
  for (const org of ORGS) {
    const ws = makeWorkspace();
    edit(ws, 'ledger.yaml', /^organization: .*$/m, `organization: "${org.name}"`);
    if (org.name.startsWith('丙')) edit(ws, 'ledger.yaml', 'version: "2021.1"', 'version: "2020.1"');
    await fill(ws, org);
    if (!org.name.startsWith('丙')) await fill(merged, org);
    const r = await ledger(['pack', '-o', packets, '--workspace', ws], { env: { LEDGER_TODAY: org.day } });
    expect(r.code, r.stderr).toBe(0);
  }
  const r = await ledger(['rollup', packets, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  json = r.stdout;
  rollup = JSON.parse(json) as Rollup;
}, 60_000);

describe('ledger rollup: three organisations', () => {
  it('per-indicator counts equal check on a workspace holding the merged evidence', async () => {
    const run = await runCheck(loadWorkspace(merged), { today: '2026-11-28' });
    const coverage = run.evidence!.coverage;
    const rows = rollup.indicators.filter((i) => i.owner === i.id && i.required > 0);
    expect(rows.length).toBeGreaterThan(100);
    for (const i of rows) {
      const c = coverage.get(i.id)!;
      expect([i.id, i.covered, i.required, i.complete]).toEqual([
        i.id,
        c.materials.filter((m) => m.covered).length,
        c.materials.length,
        c.complete,
      ]);
    }
    expect(rollup.totals.materials.covered).toBe(run.summary.materials.covered);
    // Indicators counted as check counts them (merged ones with their host), not by evidence folder.
    expect([rollup.totals.indicators, rollup.totals.complete]).toEqual([
      run.summary.indicators - run.summary.withoutMaterials,
      run.summary.complete,
    ]);
    // Who covers what: 9-1 甲, 9-2 乙 (甲's file there is broken), 15-2 nobody (甲's is broken), 20 not merged (丙).
    const nine = rollup.indicators.find((i) => i.id === '9')!;
    expect(nine.materials).toEqual([
      { no: 1, coveredBy: ['甲市场监督管理局'], rejectedAt: [] },
      { no: 2, coveredBy: ['乙市场监督管理局'], rejectedAt: ['甲市场监督管理局'] },
    ]);
    expect(rollup.missingEverywhere).toContainEqual({ indicator: '15', material: 2 });
    expect(rollup.indicators.find((i) => i.id === '15')!.materials[1]).toEqual({ no: 2, coveredBy: [], rejectedAt: ['甲市场监督管理局'] });
    expect(rollup.indicators.find((i) => i.id === '20')!.covered).toBe(0);
  });

  it('names the stale and the mismatched organisation, and ranks by own coverage', () => {
    expect(rollup.lastDue).toBe('2026-11-04');
    expect(rollup.stale.map((s) => [s.organization, s.generated])).toEqual([['乙市场监督管理局', '2026-10-19']]);
    expect(rollup.mismatched.map((m) => [m.organization, m.catalog.version])).toEqual([['丙市场监督管理局', '2020.1']]);
    expect(rollup.catalog).toMatchObject({ name: '法治政府建设示范指标体系', version: '2021.1' });
    expect(rollup.organisations.map((o) => o.organization)).toHaveLength(3);
    expect(rollup.notice.find((n) => n.organization === '乙市场监督管理局')!.reasons).toContain('stale');
    expect(rollup.notice.find((n) => n.organization === '丙市场监督管理局')!.reasons).toContain('mismatched');
  });

  it('a tampered packet fails verification and is named, not merged', async () => {
    const dir = tempDir('ledger-tampered-');
    const [file] = fs.readdirSync(packets).filter((f) => f.startsWith('甲'));
    const bytes = fs.readFileSync(path.join(packets, file!));
    // One byte of a stored entry's content changed (the zip's own CRC then fails too).
    const at = bytes.indexOf(Buffer.from('"generated"'));
    bytes[at + 1] = 'G'.charCodeAt(0);
    fs.writeFileSync(path.join(dir, file!), bytes);
    const verify = await ledger(['verify', path.join(dir, file!)]);
    expect(verify.code).toBe(1);
    const r = await ledger([
      'rollup',
      dir,
      path.join(
        packets,
        fs.readdirSync(packets).find((f) => f.startsWith('乙'))!,
      ),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Rollup;
    expect(out.rejected.map((x) => [path.basename(x.source), x.reason])).toEqual([[file, 'verify-failed']]);
    expect(out.organisations.map((o) => o.organization)).toEqual(['乙市场监督管理局']);
  });

  it('the same packets give the same bytes twice, in every format; text and Markdown name the sources', async () => {
    const again = await ledger(['rollup', packets, '--format', 'json']);
    expect(again.stdout).toBe(json);
    const out = tempDir('ledger-rollup-out-');
    const a = await ledger(['rollup', packets, '--html', path.join(out, 'a.html'), '--xlsx', path.join(out, 'a.xlsx')]);
    const b = await ledger(['rollup', packets, '--html', path.join(out, 'b.html'), '--xlsx', path.join(out, 'b.xlsx')]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'a.html')).equals(fs.readFileSync(path.join(out, 'b.html')))).toBe(true);
    expect(fs.readFileSync(path.join(out, 'a.xlsx')).equals(fs.readFileSync(path.join(out, 'b.xlsx')))).toBe(true);
    const text = await ledger(['rollup', packets]);
    expect(text.stdout).toContain('数据过期');
    expect(text.stdout).toContain('乙市场监督管理局  2026-10-19');
    expect(text.stdout).toContain('丙市场监督管理局  法治政府建设示范指标体系@2020.1');
    const md = await ledger(['rollup', packets, '--format', 'markdown', '--lang', 'en']);
    expect(md.stdout).toContain('## Stale (older than the last due date)');
    expect(md.stdout).toContain(`| 1 | ${rollup.organisations[0]!.organization} |`);

    // The xlsx read back: a row per organisation, a row per indicator.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'a.xlsx'));
    const [orgs, inds] = wb.worksheets;
    expect(orgs!.name).toBe('按单位');
    expect(orgs!.rowCount - 3).toBe(3);
    expect(orgs!.getRow(4).getCell(2).value).toBe(rollup.organisations[0]!.organization);
    const rows = rollup.indicators.filter((i) => i.owner === i.id && i.required > 0);
    expect(inds!.rowCount - 3).toBe(rows.length);
    expect(inds!.getRow(4).getCell(1).value).toBe(rows[0]!.id);
    if (process.env.LEDGER_SCREENSHOT_DIR)
      fs.copyFileSync(path.join(out, 'a.xlsx'), path.join(process.env.LEDGER_SCREENSHOT_DIR, 'rollup.xlsx'));
  });

  it('takes a workspace folder as a source, counted by its own check', async () => {
    const r = await ledger(['rollup', merged, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Rollup;
    expect(out.organisations).toHaveLength(1);
    expect(out.totals.materials.covered).toBe(rollup.totals.materials.covered);
  });
});

describe.skipIf(!chromiumAvailable)('ledger rollup --html in Chromium', () => {
  let browser: Browser;
  let page = '';
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    page = path.join(tempDir('ledger-rollup-html-'), 'rollup.html');
    const r = await ledger(['rollup', packets, '--html', page]);
    expect(r.code, r.stderr).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('one offline page with no script: the matrix, drill-down, ranking and 通报, printed on A4', async () => {
    const html = fs.readFileSync(page, 'utf8');
    expect(html).not.toMatch(/<script/i);
    const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    tab.on('request', (req) => requests.push(req.url()));
    await tab.goto(`file://${page}`);
    expect(requests).toEqual([`file://${page}`]);
    const rows = rollup.indicators.filter((i) => i.owner === i.id && i.required > 0);
    expect(await tab.locator('table.matrix tbody tr').count()).toBe(rows.length);
    // Two organisations merged (丙 is on another catalog): two columns.
    expect(await tab.locator('table.matrix th.org').count()).toBe(2);
    expect(await tab.locator('table.matrix details').count()).toBe(rows.length);
    const nine = tab.locator('table.matrix details').filter({ hasText: /^9\s/ });
    await nine.locator('summary').click();
    expect(await nine.locator('li').first().textContent()).toContain('甲市场监督管理局');
    const text = (await tab.textContent('body'))!;
    expect(text).toContain('通报名单');
    expect(text).toContain('丙市场监督管理局：法治政府建设示范指标体系@2020.1');
    if (process.env.LEDGER_SCREENSHOT_DIR)
      await tab.screenshot({ path: path.join(process.env.LEDGER_SCREENSHOT_DIR, 'rollup.png'), fullPage: false });
    const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
    // A4 landscape: 842 × 595 pt.
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.load(pdf);
    const size = doc.getPage(0).getSize();
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([842, 595]);
    if (process.env.LEDGER_SCREENSHOT_DIR) fs.writeFileSync(path.join(process.env.LEDGER_SCREENSHOT_DIR, 'rollup.pdf'), pdf);
    await tab.close();
  });
});
