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
