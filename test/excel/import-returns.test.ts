import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editLedger } from './edit-workbook.js';
import { ledger } from '../helpers/cli.js';
import { fixtureWorkspace, PINNED_DATE } from './fixture.js';
import { snapshotAssignments } from './helpers.js';

/** `import` records in returns.yaml that a unit's monthly ledger came back: day, workbook hash, what changed. */
describe('import records the returned ledgers', () => {
  let ws: string;
  const returnsOf = () => parse(fs.readFileSync(path.join(ws, 'returns.yaml'), 'utf8')) as { returns: Record<string, unknown>[] };
  const sha = (f: string) =>
    createHash('sha256')
      .update(fs.readFileSync(path.join(ws, f)))
      .digest('hex');

  beforeAll(async () => {
    ws = await fixtureWorkspace();
    for (const unit of ['fagui', 'bangongshi'])
      expect((await ledger(['export', '--unit', unit], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
    await editLedger(path.join(ws, 'exports/2024-06-法规科-工作台账.xlsx'), path.join(ws, '法规科.xlsx'), (sheet, rows) => {
      sheet.getRow(rows.get('30')!).getCell(4).value = '已完成：目录已公布';
      sheet.getRow(rows.get('32')!).getCell(4).value = '未完成：正在起草';
    });
  });

  it('--dry-run records nothing', async () => {
    const r = await ledger(['import', '法规科.xlsx', '--dry-run'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('将记录台账回收：法规科（2024-06，2024-05-10）→ returns.yaml（试运行，未写入）');
    expect(fs.existsSync(path.join(ws, 'returns.yaml'))).toBe(false);
  });

  it('writes the return with the ledger edits, and a ledger returned unchanged is a return too', async () => {
    const r = await ledger(['import', '法规科.xlsx', 'exports/2024-06-办公室-工作台账.xlsx'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已记录台账回收：法规科、办公室（2024-06，2024-05-10）');
    const text = fs.readFileSync(path.join(ws, 'returns.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/returns.schema.json');
    expect(returnsOf().returns).toEqual([
      {
        unit: 'fagui',
        month: '2024-06',
        date: '2024-05-10',
        files: [{ name: '法规科.xlsx', sha256: sha('法规科.xlsx') }],
        changes: { status: 1, progress: 2, contact: 0 },
      },
      {
        unit: 'bangongshi',
        month: '2024-06',
        date: '2024-05-10',
        files: [{ name: '2024-06-办公室-工作台账.xlsx', sha256: sha('exports/2024-06-办公室-工作台账.xlsx') }],
        changes: { status: 0, progress: 0, contact: 0 },
      },
    ]);
    // check reads it without a finding.
    const c = await ledger(['check', '--format', 'json'], { cwd: ws, env: PINNED_DATE });
    expect(c.stdout).not.toContain('returns.yaml');
  });

  it('the same workbook again is not a second return; a comment the coordinator wrote is kept', async () => {
    fs.appendFileSync(path.join(ws, 'returns.yaml'), '# 办公室 5 月 10 日电话确认\n');
    const r = await ledger(['import', '法规科.xlsx'], { cwd: ws, env: { LEDGER_TODAY: '2024-05-12' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('returns.yaml 未改动');
    expect(returnsOf().returns).toHaveLength(2);
    // A later workbook of the same month is a new return (returned late: after the 4th of 2024-06).
    expect((await ledger(['export', '--unit', 'fagui', '-o', 'again'], { cwd: ws, env: { LEDGER_TODAY: '2024-05-12' } })).code).toBe(0);
    await editLedger(path.join(ws, 'again/2024-06-法规科-工作台账.xlsx'), path.join(ws, '法规科-补.xlsx'), (sheet, rows) => {
      sheet.getRow(rows.get('32')!).getCell(4).value = '未完成：起草完成，待审议';
    });
    expect((await ledger(['import', '法规科-补.xlsx'], { cwd: ws, env: { LEDGER_TODAY: '2024-06-06' } })).code).toBe(0);
    const all = returnsOf().returns;
    expect(all).toHaveLength(3);
    expect(all[2]).toMatchObject({ unit: 'fagui', month: '2024-06', date: '2024-06-06', changes: { status: 0, progress: 1, contact: 0 } });
    expect(fs.readFileSync(path.join(ws, 'returns.yaml'), 'utf8')).toContain('# 办公室 5 月 10 日电话确认');
  });

  it('a broken returns.yaml refuses the whole import: no ledger is written either', async () => {
    const good = fs.readFileSync(path.join(ws, 'returns.yaml'), 'utf8');
    fs.writeFileSync(path.join(ws, 'returns.yaml'), 'returns:\n  - unit: fagui\n    month: 2024-6\n');
    await editLedger(path.join(ws, 'again/2024-06-法规科-工作台账.xlsx'), path.join(ws, '法规科-再补.xlsx'), (sheet, rows) => {
      sheet.getRow(rows.get('31')!).getCell(4).value = '未完成：新的进展';
    });
    const before = snapshotAssignments(ws);
    const r = await ledger(['import', '法规科-再补.xlsx'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/returns\.yaml 第 \d+ 行有误.*本次导入未写入任何文件/);
    expect(snapshotAssignments(ws)).toEqual(before);
    fs.writeFileSync(path.join(ws, 'returns.yaml'), good);
  });
});

describe('check reads returns.yaml', () => {
  it('a broken returns.yaml is a located YAML finding', async () => {
    const ws = await fixtureWorkspace();
    fs.writeFileSync(path.join(ws, 'returns.yaml'), 'returns:\n  - unit: fagui\n    month: 2024-6\n');
    const r = await ledger(['check', '--format', 'json', '--no-cache'], { cwd: ws, env: PINNED_DATE });
    const found = (JSON.parse(r.stdout) as { diagnostics: { file: string; code: string; line: number }[] }).diagnostics.filter(
      (d) => d.file === 'returns.yaml',
    );
    expect(found.map((d) => d.code)).toContain('schema-invalid');
    expect(found.every((d) => d.line >= 2)).toBe(true);
  });
});
