import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/format/status/status-json.js';
import { ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { writeFile } from '../helpers/workspace.js';

const RETURNS = `returns:
  - { unit: fagui, month: 2026-11, date: 2026-11-03, files: [{ name: 法规科.xlsx, sha256: ${'a'.repeat(64)} }], changes: { progress: 2 } }
  - { unit: bangongshi, month: 2026-11, date: 2026-11-09, files: [{ name: 办公室.xlsx, sha256: ${'b'.repeat(64)} }] }
`;

/** status shows, per month, who returned the ledger, who late, who not — in every format. */
describe('status: monthly ledgers returned', () => {
  let ws: string;
  beforeAll(() => {
    ws = makeWorkspace();
    writeFile(ws, 'returns.yaml', RETURNS);
  });

  it('JSON: per month and unit on time, late or missing, with the day', async () => {
    const r = await ledger(['status', '--workspace', ws, '--format', 'json']);
    const report = JSON.parse(r.stdout) as StatusJson;
    const nov = report.returns.months.find((m) => m.month === '2026-11')!;
    expect(nov.open).toBe(false);
    const by = Object.fromEntries(nov.units.map((u) => [u.id, [u.state, u.date]]));
    expect(by.fagui).toEqual(['on-time', '2026-11-03']);
    expect(by.bangongshi).toEqual(['late', '2026-11-09']);
    expect(by['renshi-jiaoyu']).toEqual(['missing', null]);
    expect(report.returns.months.at(-1)).toMatchObject({ month: '2026-12', open: true });
  });

  it('text, Markdown and HTML name the late and the missing units', async () => {
    const text = (await ledger(['status', '--workspace', ws])).stdout;
    expect(text).toContain('月度台账回收');
    expect(text).toMatch(/2026-11（2026-11-04 前报送）：按时 1，逾期 1，未交 \d+/);
    expect(text).toContain('逾期：办公室（2026-11-09）');
    expect(text).toMatch(/未交：[^\n]*人事教育科/);
    const md = (await ledger(['status', '--workspace', ws, '--format', 'markdown'])).stdout;
    expect(md).toContain('### 月度台账回收');
    expect(md).toMatch(/^- 法规科：[^\n]*2026-11 ✓ 11-03；2026-12 —$/m);
    const html = path.join(tempDir(), 's.html');
    await ledger(['status', '--workspace', ws, '--html', html]);
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toContain('<section id="returns"');
    expect(page).toContain('<td class="poor">逾期 11-09</td>');
  });

  it('English from the catalog', async () => {
    const text = (await ledger(['status', '--workspace', ws, '--lang', 'en'])).stdout;
    expect(text).toContain('Monthly ledgers returned');
    expect(text).toMatch(/2026-11 \(due 2026-11-04\): on time 1, late 1, not returned \d+/);
  });
});
