import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CannotRunError } from '../../src/diagnostics/cannot-run-error.js';
import { applyImport } from '../../src/excel/import/apply-import.js';
import { planImport } from '../../src/excel/import/plan-import.js';
import { NODE_FILE_OPS, type FileOps } from '../../src/util/atomic-write.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { editLedger } from './edit-workbook.js';
import { ledger, ledgerBinaryAsync } from '../helpers/cli.js';
import { fixtureWorkspace, PINNED_DATE } from './fixture.js';
import { readAssignments, snapshotAssignments } from './helpers.js';
import { makeZip, workbookParts } from './zip.js';

const EXPORT = 'exports/2024-06-法规科-工作台账.xlsx';
const MB = 1024 * 1024;
let ws: string;

const cell = (sheet: ExcelJS.Worksheet, rows: Map<string, number>, id: string, col: number): ExcelJS.Cell =>
  sheet.getRow(rows.get(id)!).getCell(col);

beforeAll(async () => {
  ws = await fixtureWorkspace();
  expect((await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
  expect((await ledger(['export', '--unit', 'bangongshi'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
});

/** Import and prove the refusal: exit 2, the message, nothing changed, no library words. */
async function refuses(file: string, message: string): Promise<string> {
  const before = snapshotAssignments(ws);
  const r = await ledger(['import', file], { cwd: ws, env: PINNED_DATE });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toMatch(/central directory|zip|JSZip|undefined|Error:|\bat .*\.js:\d+/i);
  expect(snapshotAssignments(ws)).toEqual(before);
  return r.stderr;
}

describe('formula cells: the cached value is read, never the formula', () => {
  it('takes what the spreadsheet showed', async () => {
    await editLedger(path.join(ws, EXPORT), path.join(ws, 'formula.xlsx'), (s, r) => {
      cell(s, r, '30', 4).value = { formula: 'CONCATENATE("已完成：","公式算出的")', result: '已完成：公式算出的' };
      cell(s, r, '46', 5).value = { formula: 'HYPERLINK("http://example.invalid","李四 13700000000")', result: '李四 13700000000' };
    });
    const r = await ledger(['import', 'formula.xlsx', '--dry-run'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  指标 30  完成进度：（空） → 公式算出的');
    expect(r.stdout).toContain('  指标 46  责任人及联系方式：（同单位默认） → 李四 13700000000');
    expect(r.stdout).not.toMatch(/CONCATENATE|HYPERLINK/);
  });

  it('a formula without a cached value is an empty cell, not its formula text', async () => {
    await editLedger(path.join(ws, EXPORT), path.join(ws, 'no-result.xlsx'), (s, r) => {
      cell(s, r, '30', 4).value = { formula: 'CONCATENATE("已完成：","x")' } as ExcelJS.CellFormulaValue;
    });
    const stderr = await refuses('no-result.xlsx', '› D4：指标 30 的完成进度是空的');
    expect(stderr).not.toContain('CONCATENATE');
  });
});

describe('files that are not workbooks get our sentence, never the library’s', () => {
  it('a workbook cut short (an interrupted download)', async () => {
    const bytes = fs.readFileSync(path.join(ws, EXPORT));
    fs.writeFileSync(path.join(ws, 'cut.xlsx'), bytes.subarray(0, bytes.length >> 1));
    await refuses('cut.xlsx', 'cut.xlsx 不是可读取的 Excel 工作簿（文件不是 .xlsx 格式，或已损坏、不完整）');
  });

  it('an Excel 97–2003 file, or one with an open password', async () => {
    fs.writeFileSync(path.join(ws, 'old.xls'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]));
    await refuses('old.xls', 'old.xls 是 Excel 97–2003（.xls）或 WPS（.et）格式，或设置了打开密码');
  });

  it('a folder, and a FIFO that would block a reader forever', async () => {
    fs.mkdirSync(path.join(ws, 'folder.xlsx'), { recursive: true });
    await refuses('folder.xlsx', 'folder.xlsx 不是可读取的 Excel 工作簿');
    // mkfifo through the shell: it is a system tool, not a dependency of this package.
    if (spawnSync('sh', ['-c', 'mkfifo "$1"', 'sh', path.join(ws, 'pipe.xlsx')]).status === 0)
      await refuses('pipe.xlsx', 'pipe.xlsx 不是可读取的 Excel 工作簿');
  });

  it('a sheet name no program writes: refused before the library can print a warning to the terminal', async () => {
    await editLedger(path.join(ws, EXPORT), path.join(ws, 'long-name.xlsx'), (s) => {
      (s as unknown as { _name: string })._name = '工作台账'.repeat(10);
    });
    const r = await ledgerBinaryAsync(['import', 'long-name.xlsx'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('long-name.xlsx 不是可读取的 Excel 工作簿');
    expect(r.stderr).not.toContain('exceeds 31 chars');
  });
});

describe('zip bombs are refused from the zip directory, quickly, with the limits named', () => {
  const bomb = (name: string, parts: Parameters<typeof makeZip>[0]): string => {
    fs.writeFileSync(path.join(ws, name), makeZip(parts));
    return name;
  };

  it('a sheet that unpacks to 100 MB (a 100 KB file)', async () => {
    const file = bomb('bomb.xlsx', workbookParts(Buffer.alloc(100 * MB, 0x20)));
    expect(fs.statSync(path.join(ws, file)).size).toBeLessThan(200 * 1024);
    const stderr = await refuses(file, 'bomb.xlsx 中的 xl/worksheets/sheet1.xml 解压后超过上限（每个部分 5 MB、合计 50 MB、压缩比 100:1）');
    expect(stderr).toContain('真实的工作台账（不到 100 KB）');
  });

  it('a 3 MB sheet packed a thousand to one', async () => {
    await refuses(bomb('ratio.xlsx', workbookParts(Buffer.alloc(3 * MB, 0x20))), 'ratio.xlsx 中的 xl/worksheets/sheet1.xml 解压后超过上限');
  });

  it('a directory that claims 1 KB for a part that unpacks to 100 MB', async () => {
    const parts = workbookParts(Buffer.alloc(100 * MB, 0x20));
    parts[2]!.claimUnpacked = 1024;
    await refuses(bomb('liar.xlsx', parts), 'liar.xlsx 不是可读取的 Excel 工作簿');
  });

  it('parts that stay under the per-part and ratio limits but unpack to more than 50 MB together', async () => {
    // 51 parts of exactly 1 MB (the ratio applies only above 1 MB): 51 MB unpacked from about 50 KB; the 50th passes 50 MB.
    const extra = Array.from({ length: 51 }, (_, i) => ({ name: `xl/extra${i}.xml`, data: Buffer.alloc(MB, 0x20) }));
    const file = bomb('total.xlsx', [...workbookParts(Buffer.from('<worksheet/>')), ...extra]);
    await refuses(file, 'total.xlsx 中的 xl/extra49.xml 解压后超过上限');
  });

  it('a zip of more than 1,000 parts', async () => {
    const extra = Array.from({ length: 1001 }, (_, i) => ({ name: `xl/p${i}.xml`, data: Buffer.from('<a/>') }));
    await refuses(bomb('parts.xlsx', [...workbookParts(Buffer.from('<worksheet/>')), ...extra]), 'parts.xlsx 不是可读取的 Excel 工作簿');
  });

  it('a file over 20 MB is not even read', async () => {
    const big = path.join(ws, 'big.xlsx');
    fs.writeFileSync(big, Buffer.alloc(0));
    fs.truncateSync(big, 21 * MB);
    await refuses('big.xlsx', 'big.xlsx 有 21 MB，超过工作簿大小上限 20 MB');
  });
});

describe('import writes all assignments files as one set', () => {
  /** Two units' ledgers, filled in, planned: two files to write. */
  async function twoUpdates(): Promise<Awaited<ReturnType<typeof planImport>>> {
    await editLedger(path.join(ws, EXPORT), path.join(ws, 'set-a.xlsx'), (s, r) => (cell(s, r, '30', 4).value = '已完成：甲'));
    await editLedger(path.join(ws, 'exports/2024-06-办公室-工作台账.xlsx'), path.join(ws, 'set-b.xlsx'), (s, r) => {
      cell(s, r, '15', 4).value = '已完成：乙';
    });
    const loaded = loadWorkspace(ws);
    const plan = await planImport(loaded.workspace!, [
      { abs: path.join(ws, 'set-a.xlsx'), display: 'set-a.xlsx' },
      { abs: path.join(ws, 'set-b.xlsx'), display: 'set-b.xlsx' },
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.updates.filter((u) => u.changes.length)).toHaveLength(2);
    return plan;
  }

  const leftovers = (): string[] => fs.readdirSync(path.join(ws, 'assignments')).filter((f) => f.endsWith('.tmp'));
  const failing = (which: 'write' | 'rename', at: number): FileOps => {
    let n = 0;
    const full = (): never => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    return {
      write: (fd, data) => (which === 'write' && ++n === at ? full() : NODE_FILE_OPS.write(fd, data)),
      rename: (from, to) => (which === 'rename' && ++n === at ? full() : NODE_FILE_OPS.rename(from, to)),
    };
  };

  it.each([
    ['the disk fills while the second file is written', 'write', 2],
    ['the second rename fails after the first file was replaced', 'rename', 2],
  ] as const)('%s: every file keeps its old content, no temporary file is left', async (_, which, at) => {
    const plan = await twoUpdates();
    const before = snapshotAssignments(ws);
    let error: unknown;
    try {
      applyImport(ws, plan.updates, failing(which, at));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CannotRunError);
    expect((error as CannotRunError).key).toBe('import.write-failed');
    expect((error as CannotRunError).args.detail).toBe('ENOSPC');
    expect(snapshotAssignments(ws)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('writes both files when nothing fails, keeping each file’s permissions', async () => {
    fs.chmodSync(path.join(ws, 'assignments/fagui.yaml'), 0o640);
    const plan = await twoUpdates();
    expect(applyImport(ws, plan.updates).sort()).toEqual(['assignments/bangongshi.yaml', 'assignments/fagui.yaml']);
    expect(readAssignments(ws, 'fagui')).toContain('progress: "甲"');
    expect(readAssignments(ws, 'bangongshi')).toContain('progress: "乙"');
    expect(fs.statSync(path.join(ws, 'assignments/fagui.yaml')).mode & 0o777).toBe(0o640);
    expect(leftovers()).toEqual([]);
  });

  it('a new workspace’s .gitignore ignores the temporary files', () => {
    expect(fs.readFileSync(path.join(ws, '.gitignore'), 'utf8').split('\n')).toContain('.*.tmp');
    if (spawnSync('git', ['init', '-q'], { cwd: ws }).status !== 0) return;
    const r = spawnSync('git', ['check-ignore', '-q', 'assignments/.fagui.yaml.4242.0a1b2c3d.new.tmp'], { cwd: ws });
    expect(r.status).toBe(0);
  });
});
