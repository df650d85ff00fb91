import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/format/status/status-json.js';
import { ledger, makeWorkspace } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/history.js';
import { addPdf, edit, writeFile } from '../helpers/workspace.js';

async function units(ws: string): Promise<Record<string, StatusJson['units'][number]>> {
  const r = await ledger(['status', '--workspace', ws, '--format', 'json', '--no-cache']);
  return Object.fromEntries((JSON.parse(r.stdout) as StatusJson).units.map((u) => [u.id, u]));
}

/**
 * 无进展 (docs/月度流程.md): nothing of the unit's own changed since the previous due date (2026-11-04;
 * today is pinned to 2026-11-28). History: in March 法规科 handed in 30/1 and a file the coordinator
 * shelved without a number (典型案例.pdf, covering nothing); 信用监管科 filed 11/1 then 11/3 on 11-10.
 */
describe('无进展: the unit’s own progress, not the reviewer’s or the coordinator’s', () => {
  let ws: string;
  beforeAll(async () => {
    ws = makeWorkspace();
    git(ws, ['init', '-q', '-b', 'main']);
    await addPdf(ws, 'evidence/030/1-规范性文件目录.pdf');
    await addPdf(ws, 'evidence/030/典型案例.pdf');
    await addPdf(ws, 'evidence/011/1-信用监管文件.pdf');
    commitAll(ws, '2026-03-01', 'scaffold');
    await addPdf(ws, 'evidence/011/3-信用修复.pdf');
    commitAll(ws, '2026-11-10');
    // A reviewer records the 初评 verdict on 法规科's material: a commit touching its folder.
    writeFile(
      ws,
      'evidence/030/index.yaml',
      'materials:\n  "1":\n    review: { verdict: 退回, by: 张三, date: 2026-11-12, note: 缺少盖章 }\n',
    );
    commitAll(ws, '2026-11-12', 'review 30/1');
    // The coordinator re-shelves 法规科's file under material 2: coverage rises, but it is the same content.
    git(ws, ['mv', 'evidence/030/典型案例.pdf', 'evidence/030/2-典型案例.pdf']);
    commitAll(ws, '2026-11-13', 'rename');
  });

  it('a reviewer commit and a re-shelved file are not progress: 法规科 made none', async () => {
    const u = await units(ws);
    expect(u.fagui!.own).toEqual({ filed: 0, returned: 0, ledger: 0, problems: 0 });
    expect(u.fagui!.stalled).toBe(true);
    // Counted by coverage it looks like progress: that is why the rule does not count coverage.
    expect(u.fagui!.progress).toMatchObject({ covered: 1 });
    expect(u.fagui!.lastChange).toBe('2026-11-13');
  });

  it('a file the unit filed is progress', async () => {
    const u = await units(ws);
    expect(u['xinyong-jianguan']!.own).toMatchObject({ filed: 1 });
    expect(u['xinyong-jianguan']!.stalled).toBe(false);
  });

  it('a progress text of its own ledger updated is progress', async () => {
    edit(ws, 'assignments/fagui.yaml', /("?30"?:\s*\n\s*status:\s*未完成\s*\n\s*progress:\s*)""/, '$1"正在补充典型案例"');
    commitAll(ws, '2026-11-20', 'fagui progress');
    const u = await units(ws);
    expect(u.fagui!.own).toEqual({ filed: 0, returned: 0, ledger: 1, problems: 0 });
    expect(u.fagui!.stalled).toBe(false);
  });

  it('a ledger returned with a change in the period is progress; one returned unchanged is not', async () => {
    const one = (unit: string, progress: number) =>
      `  - { unit: ${unit}, month: 2026-12, date: 2026-11-20, files: [{ name: x.xlsx, sha256: ${'c'.repeat(64)} }], changes: { progress: ${progress} } }\n`;
    fs.writeFileSync(path.join(ws, 'returns.yaml'), `returns:\n${one('bangongshi', 2)}${one('renshi-jiaoyu', 0)}`);
    const u = await units(ws);
    expect(u.bangongshi!.own).toMatchObject({ returned: 1 });
    expect(u['renshi-jiaoyu']!.own).toMatchObject({ returned: 0 });
  });
});
