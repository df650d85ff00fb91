import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkJson, ledger, REPO } from '../helpers/cli.js';
import { addPdf, writeFile } from '../helpers/workspace.js';
import { fixtureWorkspace, PINNED_DATE } from './fixture.js';
import { readWorkbook, text } from './helpers.js';
import { image } from '../helpers/images.js';

const CORPUS = path.join(REPO, 'test/fixtures/corpus-pdf');
let ws: string;
let sheet: ExcelJS.Worksheet;

/** Sheet 2's row for `<id>/<no>` (`?` for the row of files that fit no material), as its five texts and the row. */
function row(id: string, no: string): { texts: string[]; row: ExcelJS.Row } {
  let current = '';
  for (let n = 4; n <= sheet.rowCount; n++) {
    const r = sheet.getRow(n);
    const first = text(r.getCell(1));
    if (first) current = first.split(' ')[0]!;
    const number = text(r.getCell(2));
    if (current === id && (number === no || (no === '?' && text(r.getCell(3)) === '未编号或放错位置的文件')))
      return { texts: [1, 2, 3, 4, 5].map((c) => text(r.getCell(c))), row: r };
  }
  throw new Error(`no row ${id}/${no}`);
}
const fillOf = (c: ExcelJS.Cell): string | undefined => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

beforeAll(async () => {
  ws = await fixtureWorkspace();
  fs.copyFileSync(path.join(CORPUS, 'enc-user-aes256-qpdf.pdf'), path.join(ws, 'evidence/031/1-规范性文件目录.pdf'));
  await addPdf(ws, 'evidence/032/1-秘密-备案审查.pdf');
  await addPdf(ws, 'evidence/032/2-编制情况.pdf');
  writeFile(ws, 'evidence/032/index.yaml', 'materials:\n  "2":\n    secret: 编制情况涉密，实地核验时提供\n');
  await addPdf(ws, 'evidence/036/1-公开目录.pdf', { pages: 2 });
  writeFile(ws, 'evidence/036/1-目录.docx', 'PK\u0003\u0004 a Word file');
  await addPdf(ws, 'evidence/037/新建文件夹/a.pdf');
  await addPdf(ws, 'evidence/037/工作总结.pdf');
  fs.copyFileSync(path.join(CORPUS, 'enc-owner-r4-rc4.pdf'), path.join(ws, 'evidence/046/1-法律顾问制度.pdf'));
  writeFile(ws, 'evidence/046/2-聘用会议.jpg', image('photo-640x480.jpg'));
  writeFile(
    ws,
    'evidence/046/index.yaml',
    'materials:\n  "3":\n    links:\n      - { url: "https://www.example.gov.cn/a", title: 我局聘请法律顾问, date: 2024-05-01 }\n',
  );
  const r = await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  sheet = (await readWorkbook(path.join(ws, 'exports/2024-06-法规科-工作台账.xlsx'))).getWorksheet('材料核查')!;
});

describe('the 材料核查 sheet names each file that cannot count, why, and what to do', () => {
  it('an encrypted PDF: not 缺少 with a hint to add a file, but 文件不可用 with the reason and the fix', () => {
    const { texts, row: r } = row('31', '1');
    expect(texts[3]).toBe('文件不可用');
    expect(texts[4]).toBe(
      '【问题】1-规范性文件目录.pdf：PDF 设置了打开密码，评审时无法查看\n' +
        '【处理】去掉打开密码后重新导出（WPS/Acrobat：文档加密 → 取消），再替换文件。',
    );
    expect(fillOf(r.getCell(4))).toBe('FFFFC7CE');
    // The problem line bold dark red, the fix in another colour: rich text a reader sees at a glance.
    const runs = (r.getCell(5).value as ExcelJS.CellRichTextValue).richText;
    expect(runs[0]!.font).toMatchObject({ bold: true, color: { argb: 'FF9C0006' } });
    expect(runs[1]!.font?.bold).toBeFalsy();
  });

  it('a file marked 秘密 is never 已提供', () => {
    const { texts } = row('32', '1');
    expect(texts[3]).toBe('文件不可用');
    expect(texts[4]).toContain('【问题】1-秘密-备案审查.pdf：文件名含有密级标识“秘密”：涉密材料不得上传');
    expect(texts[4]).toContain('【处理】立即删除该文件并从 git 历史中清除');
  });

  it('a material recorded as 涉密 whose file is in the repository anyway', () => {
    const { texts, row: r } = row('32', '2');
    expect(texts[3]).toBe('涉密');
    expect(texts[4]).toContain('涉密材料不上传，实地核验时提供：编制情况涉密，实地核验时提供');
    expect(texts[4]).toContain('【问题】2-编制情况.pdf：材料 2 在 index.yaml 中标为涉密（不上传），但仓库中有它的文件');
    expect(fillOf(r.getCell(4))).toBe('FFFFC7CE');
  });

  it('a good file beside a bad one: 已提供, with the bad one named and the row in yellow', () => {
    const { texts, row: r } = row('36', '1');
    expect(texts[3]).toBe('已提供');
    expect(texts[4]!.split('\n')[0]).toBe('1-公开目录.pdf（2页）');
    expect(texts[4]).toContain('【问题】1-目录.docx：不是 PDF 文件');
    expect(texts[4]).toContain('【处理】证明材料应为 PDF');
    expect(fillOf(r.getCell(4))).toBe('FFFFEB9C');
  });

  it('files that name no material get a row of their own, with the corrected name suggested', () => {
    const { texts } = row('37', '?');
    expect(texts[1]).toBe('—');
    expect(texts[3]).toBe('文件不可用');
    expect(texts[4]).toContain('【问题】新建文件夹/：文件夹“新建文件夹”没有以材料编号开头，其中的文件不能证明任何材料');
    expect(texts[4]).toContain('【问题】工作总结.pdf：文件名没有以材料编号开头');
    expect(texts[4]).toContain('【处理】重命名为“编号-名称”');
  });

  it('a file that counts but has a warning says so', () => {
    const { texts, row: r } = row('46', '1');
    expect(texts[3]).toBe('已提供');
    expect(texts[4]).toContain('【提示】1-法律顾问制度.pdf：PDF 设置了权限密码（限制打印或复制）');
    expect(fillOf(r.getCell(4))).toBeUndefined();
  });

  it('untouched materials still say what to add and where', () => {
    expect(row('31', '2').texts.slice(3)).toEqual(['缺少', '请将 PDF 放入 evidence/031/，文件名以“2-”开头']);
  });

  it("counts the unit's materials as check does", async () => {
    const { report } = await checkJson(ws, [], PINNED_DATE);
    const u = report.summary.units.fagui!;
    expect(text(sheet.getCell('A2'))).toContain(`应报材料 ${u.required} 项，已提供 ${u.covered} 项，缺少 ${u.required - u.covered} 项。`);
    expect(text(sheet.getCell('A2'))).toContain('红色的行需要补交或更换文件');
  });
});

describe('images and news links on the 材料核查 sheet', () => {
  it('a photo is a file like a PDF; news links count and are listed', () => {
    expect(row('46', '2').texts.slice(3)).toEqual(['已提供', '2-聘用会议.jpg']);
    expect(row('46', '3').texts.slice(3)).toEqual(['已提供（新闻链接）', '新闻链接：我局聘请法律顾问 https://www.example.gov.cn/a']);
  });
});
