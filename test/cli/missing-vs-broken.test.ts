import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/format/status/status-json.js';
import { checkJson, ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { writeFile } from '../helpers/workspace.js';

/** Every summary tells materials still to submit apart from what is broken, wrong or overdue; colour only on the second. */
describe('missing is not broken', () => {
  let ws: string;
  beforeAll(() => {
    ws = makeWorkspace();
    writeFile(ws, 'evidence/030/1-制度文件.pdf', 'not a pdf at all');
  });

  it('status JSON splits the errors: toSubmit (material-missing) + broken = errors, as check counts them', async () => {
    const report = JSON.parse((await ledger(['status', '--workspace', ws, '--format', 'json'])).stdout) as StatusJson;
    const check = (await checkJson(ws)).report;
    const missing = check.diagnostics.filter((d) => d.code === 'material-missing' && d.severity === 'error').length;
    expect(report.totals.toSubmit).toBe(missing);
    expect(report.totals.broken).toBe(check.summary.errors - missing);
    expect(report.totals.broken).toBeGreaterThan(0);
    expect(report.totals.toSubmit).toBeGreaterThan(100);
  });

  it('check and status text say both numbers; the HTML colours only the broken card', async () => {
    const report = JSON.parse((await ledger(['status', '--workspace', ws, '--format', 'json'])).stdout) as StatusJson;
    const { toSubmit, broken } = report.totals;
    expect((await ledger(['check', '--workspace', ws])).stdout).toContain(
      `其中尚待报送材料 ${toSubmit} 项；有误、不合规或逾期 ${broken} 个`,
    );
    expect((await ledger(['status', '--workspace', ws])).stdout.replace(/\n\s*/g, '')).toContain(
      `尚待报送材料 ${toSubmit} 项；有误、不合规或逾期 ${broken} 个`,
    );
    const page = path.join(tempDir(), 's.html');
    await ledger(['status', '--workspace', ws, '--html', page]);
    const html = fs.readFileSync(page, 'utf8');
    expect(html).toContain(`<div class="k">尚待报送</div><div class="v ">${toSubmit}</div>`);
    expect(html).toContain(`<div class="k">有误/逾期</div><div class="v poor">${broken}</div>`);
  });
});
