import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/format/status/status-json.js';
import { ledger, tempDir } from '../helpers/cli.js';
import { HISTORY_DUE_DATES, workspaceWithHistory } from '../helpers/history.js';

/**
 * The HTML overview in a real browser: Debian's Chromium driven by playwright-core (no browser
 * download). CI installs the `chromium` package; where it is absent these tests skip.
 * LEDGER_SCREENSHOT_DIR=<dir> keeps a screenshot and the printed PDF for a person to look at.
 */
const CHROMIUM = process.env.LEDGER_CHROMIUM ?? '/usr/bin/chromium';
const chromiumAvailable = fs.existsSync(CHROMIUM);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

describe.skipIf(!chromiumAvailable)('ledger status --html in Chromium', () => {
  let browser: Browser;
  let page: string;
  let report: StatusJson;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    const ws = await workspaceWithHistory();
    page = path.join(tempDir(), 'status.html');
    const r = await ledger(['status', '--workspace', ws, '--html', page, '--format', 'json']);
    report = JSON.parse(r.stdout) as StatusJson;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every unit, one bar each, one trend point per month of history, and requests nothing', async () => {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    tab.on('request', (req) => requests.push(req.url()));
    await tab.goto(`file://${page}`);
    expect(requests).toEqual([`file://${page}`]);

    const text = await tab.textContent('body');
    for (const u of report.units) expect(text).toContain(u.name);
    expect(await tab.locator('svg.units-chart rect.bar').count()).toBe(report.units.length);
    expect(await tab.locator('svg.areas-chart rect.bar').count()).toBe(report.areas.length);
    for (const u of report.units) {
      expect(await tab.locator(`.multiple[data-unit="${u.id}"] circle.trend-point`).count()).toBe(HISTORY_DUE_DATES.length);
      expect(await tab.locator(`.multiple[data-unit="${u.id}"] circle.trend-now`).count()).toBe(1);
    }
    // The seven stages, the current one marked, and today's line inside the chart.
    expect(await tab.locator('svg.timeline .stage').count()).toBe(7);
    expect(await tab.locator('svg.timeline .stage.current').count()).toBe(1);
    expect(await tab.locator('svg.timeline .today line').count()).toBe(1);
    // Stalled units are flagged in the chart and the table.
    const stalled = report.units.filter((u) => u.stalled).length;
    expect(stalled).toBeGreaterThan(0);
    expect(await tab.locator('tr.stalled').count()).toBe(stalled);
    // Charts are drawn with a real size (inline SVG scaled by its viewBox).
    const box = await tab.locator('svg.units-chart').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(report.units.length * 15);

    // Missing is not broken: per unit 待提交 (never red) and 有问题 (red only when there is any).
    const heads = await tab.locator('table.units thead th').allTextContents();
    expect(heads).toContain('待提交');
    expect(heads).toContain('有问题');
    expect(heads).not.toContain('错误');
    for (const u of report.units) {
      const row = tab.locator(`table.units tr[data-unit="${u.id}"]`);
      expect(await row.locator('td.to-submit').textContent()).toBe(String(u.toSubmit));
      expect(await row.locator('td.to-submit.poor').count()).toBe(0);
      expect(await row.locator('td.broken').textContent()).toBe(String(u.errors - u.toSubmit));
      expect(await row.locator('td.broken.poor').count()).toBe(u.errors - u.toSubmit > 0 ? 1 : 0);
    }
    expect(report.units.some((u) => u.toSubmit > 0 && u.errors === u.toSubmit)).toBe(true);
    // The trend: a dated point per due date, and a y-scale around the values (a few %), not 0–100 %.
    const all = tab.locator('#trend > .keep svg.trend');
    const xLabels = await all.locator('text.x-label').allTextContents();
    expect(xLabels).toHaveLength(HISTORY_DUE_DATES.length + 1);
    expect(xLabels.slice(0, -1)).toEqual(HISTORY_DUE_DATES.map((d) => d.slice(5)));
    expect(xLabels.at(-1)).toBe('今天 11-28');
    const yTicks = (await all.locator('text.y-tick').allTextContents()).map((v) => Number(v.replace('%', '')));
    const values = report.trend.map((p) => Math.floor((p.covered * 100) / p.required));
    expect(Math.max(...yTicks)).toBeLessThan(100);
    expect(Math.max(...yTicks)).toBeGreaterThanOrEqual(Math.max(...values));
    expect(Math.min(...yTicks)).toBeLessThanOrEqual(Math.min(...values));
    // No ledger was recorded as returned: no month before the records began says 未交.
    const returns = await tab.textContent('#returns');
    expect(returns).toContain('未记录');
    expect(returns).not.toContain('未交');
    if (process.env.LEDGER_SCREENSHOT_DIR)
      await tab.screenshot({ path: path.join(process.env.LEDGER_SCREENSHOT_DIR, 'status.png'), fullPage: true });
    await tab.close();
  });

  it('prints on A4 pages', async () => {
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`);
    const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
    if (process.env.LEDGER_SCREENSHOT_DIR) fs.writeFileSync(path.join(process.env.LEDGER_SCREENSHOT_DIR, 'status.pdf'), pdf);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    for (const p of doc.getPages()) {
      const { width, height } = p.getSize();
      expect(Math.abs(width - 595.28)).toBeLessThan(2);
      expect(Math.abs(height - 841.89)).toBeLessThan(2);
    }
    await tab.close();
  });
});
