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

  it('per unit too: toSubmit beside errors in both JSONs, 待提交 and 有问题 columns in every table, red only on the second', async () => {
    const check = (await checkJson(ws)).report;
    const fagui = check.summary.units.fagui!;
    // 030/1 is broken (not a PDF) and counts for 法规科 as 有问题, its missing materials as 待提交.
    expect(fagui.toSubmit).toBeGreaterThan(0);
    expect(fagui.errors - fagui.toSubmit).toBeGreaterThan(0);
    const report = JSON.parse((await ledger(['status', '--workspace', ws, '--format', 'json'])).stdout) as StatusJson;
    const row = report.units.find((u) => u.id === 'fagui')!;
    expect([row.errors, row.toSubmit]).toEqual([fagui.errors, fagui.toSubmit]);
    const checkText = (await ledger(['check', '--workspace', ws])).stdout;
    expect(checkText).toMatch(/单位 +指标 +牵头 +台账已完成 +材料齐全 +材料已有\/应报 +待提交 +有问题/);
    expect(checkText).toMatch(new RegExp(`法规科 .* ${fagui.toSubmit} +${fagui.errors - fagui.toSubmit}\n`));
    const statusText = (await ledger(['status', '--workspace', ws])).stdout;
    expect(statusText).toMatch(/单位 .*待提交 +有问题/);
    const md = (await ledger(['status', '--workspace', ws, '--format', 'markdown'])).stdout;
    expect(md).toContain('| 待提交 | 有问题 |');
    expect(md).toContain(`| ${fagui.toSubmit} | ${fagui.errors - fagui.toSubmit} |`);
    const checkMd = (await ledger(['check', '--workspace', ws, '--format', 'markdown'])).stdout;
    expect(checkMd).toContain('| 待提交 | 有问题 |');
    // A unit with only materials still to submit: plain in the terminal (NO_COLOR off), the faulty one red.
    const tty = (await ledger(['check', '--workspace', ws], { tty: true, env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout;
    const line = (name: string) => tty.split('\n').find((l) => l.includes(`${name} `) && /\d+\/\d+/.test(l))!;
    expect(line('法规科')).toContain('\x1b[31m');
    const quiet = report.units.find((u) => u.errors > 0 && u.errors === u.toSubmit)!;
    expect(line(quiet.name)).not.toContain('\x1b[31m');
  });
});
