import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger, tempDir } from '../helpers/cli.js';
import {
  addConditionalFormat,
  addDropDown,
  addExcelNote,
  addHostileMerges,
  addOpenpyxlComment,
  addPicture,
  addSheet,
  addThreadedComment,
  readParts,
  writeParts,
  type Parts,
} from './annotate.js';
import { editLedger } from './edit-workbook.js';
import { fixtureWorkspace, PINNED_DATE } from './fixture.js';
import { SOFFICE, soffice } from './office.js';
import { makeZip } from './zip.js';

/**
 * A ledger comes back with what its unit added around the answers: notes and threaded comments,
 * drop-down lists, conditional formats, pictures, sheets of its own. None of it may stop the
 * import; and a workbook that really cannot be read is refused naming the part and what is wrong.
 */

const EXPORT = 'exports/2024-06-法规科-工作台账.xlsx';
const CHANGE = '  指标 30  完成进度：（空） → 批注之后填写';
let ws: string;
/** the filled-in ledger, before anything is added */
let filled: string;
/** row of indicator 30 (1-based) */
let row30: number;

beforeAll(async () => {
  ws = await fixtureWorkspace();
  expect((await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
  filled = path.join(ws, 'filled.xlsx');
  await editLedger(path.join(ws, EXPORT), filled, (sheet, rows) => {
    row30 = rows.get('30')!;
    sheet.getRow(row30).getCell(4).value = '已完成：批注之后填写';
  });
});

const ANNOTATIONS: [string, (p: Parts) => void][] = [
  ['an Excel note on the cell', (p) => addExcelNote(p, `D${row30}`, row30 - 1, 3, '请补充文件号')],
  ['a threaded comment with a reply', (p) => addThreadedComment(p, `D${row30}`, row30 - 1, 3, '请补充文件号')],
  ['a comment as openpyxl writes it', (p) => addOpenpyxlComment(p, `D${row30}`, row30 - 1, 3, '请核实')],
  ['a drop-down list on the whole column', addDropDown],
  ['conditional formats', addConditionalFormat],
  ['a pasted picture', addPicture],
  ['an extra sheet of their own', addSheet],
  [
    'all of these together',
    (p) => {
      addThreadedComment(p, `D${row30}`, row30 - 1, 3, '请补充文件号');
      addDropDown(p);
      addConditionalFormat(p);
      addPicture(p);
      addSheet(p);
    },
  ],
];

async function annotated(name: string, add: (p: Parts) => void): Promise<string> {
  const parts = await readParts(filled);
  add(parts);
  const file = path.join(ws, name);
  writeParts(file, parts);
  return file;
}

describe('what people add to a ledger does not stop its import', () => {
  it.each(ANNOTATIONS)('%s', async (label, add) => {
    const file = await annotated(`${label.replace(/\s+/g, '-')}.xlsx`, add);
    const r = await ledger(['import', file, '--dry-run'], { cwd: ws, env: PINNED_DATE });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(CHANGE);
  });

  // openpyxl is not a dependency: the test runs where python3 has it, and says it skipped elsewhere.
  const OPENPYXL = spawnSync('python3', ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!OPENPYXL)('a comment added with openpyxl itself (needs python3 with openpyxl; skipped without)', async () => {
    const out = path.join(ws, 'openpyxl.xlsx');
    const script = [
      'import sys, openpyxl',
      'from openpyxl.comments import Comment',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      `wb["工作台账"]["D${row30}"].comment = Comment("请核实", "张三")`,
      'wb.save(sys.argv[2])',
    ].join('\n');
    const py = spawnSync('python3', ['-c', script, filled, out], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    const r = await ledger(['import', out, '--dry-run'], { cwd: ws, env: PINNED_DATE });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(CHANGE);
  });

  it.skipIf(!SOFFICE)(
    'an annotated ledger LibreOffice saved again (needs soffice; skipped without)',
    async () => {
      const file = await annotated('for-libreoffice.xlsx', ANNOTATIONS[ANNOTATIONS.length - 1]![1]);
      const out = tempDir();
      soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', file], out);
      const r = await ledger(['import', path.join(out, 'for-libreoffice.xlsx'), '--dry-run'], { cwd: ws, env: PINNED_DATE });
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(CHANGE);
    },
    120_000,
  );
});

describe('what the spreadsheet library would take forever over', () => {
  it('a merge over the whole sheet and 5,000 small merges: the form is read, those merges left out', async () => {
    const file = await annotated('merges.xlsx', addHostileMerges);
    const r = await ledger(['import', file, '--dry-run'], { cwd: ws, env: PINNED_DATE });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(CHANGE);
  });
});

describe('a workbook that cannot be read is refused naming the part and what is wrong with it', () => {
  /** The zip of `parts`, with the packed bytes of `damage` overwritten. */
  async function damaged(name: string, edit: (p: Parts) => void, damage?: string): Promise<string> {
    const parts = await readParts(filled);
    edit(parts);
    const zip = makeZip([...parts].map(([n, d]) => ({ name: n, data: Buffer.isBuffer(d) ? d : Buffer.from(d, 'utf8') })));
    if (damage) {
      const at = zip.indexOf(Buffer.from(damage, 'utf8')) + Buffer.byteLength(damage);
      zip.fill(0xff, at + 2, at + 12);
    }
    fs.writeFileSync(path.join(ws, name), zip);
    return name;
  }

  async function refused(file: string, verbose = false): Promise<string> {
    const r = await ledger(['import', file, ...(verbose ? ['--verbose'] : [])], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
    return r.stderr;
  }

  it('a sheet whose XML is cut off', async () => {
    const sheet = (p: Parts): string => p.get('xl/worksheets/sheet1.xml') as string;
    const file = await damaged('cut-sheet.xlsx', (p) =>
      p.set('xl/worksheets/sheet1.xml', sheet(p).slice(0, sheet(p).indexOf('</sheetData>'))),
    );
    const stderr = await refused(file, true);
    expect(stderr).toContain(
      'cut-sheet.xlsx 不是可读取的 Excel 工作簿（文件不是 .xlsx 格式，或已损坏、不完整）：其中的 xl/worksheets/sheet1.xml：该部分不是格式正确的 XML',
    );
    expect(stderr).toContain('  技术细节：<sheetData> is not closed');
  });

  it('shared strings whose packed data is damaged', async () => {
    const file = await damaged('inflate.xlsx', () => undefined, 'xl/sharedStrings.xml');
    const stderr = await refused(file);
    expect(stderr).toContain('其中的 xl/sharedStrings.xml：该部分解压失败，数据已损坏');
    expect(stderr).not.toContain('技术细节');
  });

  it('a workbook without xl/workbook.xml', async () => {
    const stderr = await refused(await damaged('no-book.xlsx', (p) => p.delete('xl/workbook.xml')));
    expect(stderr).toContain('其中的 xl/workbook.xml：缺少该部分');
  });

  it('in English too', async () => {
    const file = await damaged('en.xlsx', () => undefined, 'xl/sharedStrings.xml');
    const r = await ledger(['import', file, '--lang', 'en'], { cwd: ws, env: PINNED_DATE });
    expect(r.stderr).toContain(
      'en.xlsx is not a readable Excel workbook (not .xlsx, or damaged or incomplete): xl/sharedStrings.xml: the part cannot be unpacked: its data is damaged.',
    );
  });

  it('a damaged picture is never unpacked: the ledger still imports', async () => {
    const file = await damaged('bad-picture.xlsx', addPicture, 'xl/media/image1.png');
    const r = await ledger(['import', file, '--dry-run'], { cwd: ws, env: PINNED_DATE });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(CHANGE);
  });
});
