import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger, REPO, tempDir } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/history.js';
import { addPdf, edit, writeFile } from '../helpers/workspace.js';

/*
 * Issue 18, "one number everywhere": every number a quantity has, as each output prints it, in one
 * table (rows: quantities, columns: outputs); each row must hold one value. Two workspaces, built
 * once: the city example (merged indicators 47–48 and 91–94 with files, a returned review, a
 * （秘密） file, a .docx and an .md named as materials, history before the previous due date) and a
 * county one from `init --profile county-bureau` with a shared indicator.
 */

type Table = Map<string, Map<string, string>>;

function put(table: Table, quantity: string, output: string, value: string | number | undefined | null): void {
  const row = table.get(quantity) ?? new Map<string, string>();
  row.set(output, value === undefined || value === null ? '(absent)' : String(value));
  table.set(quantity, row);
}

function render(table: Table): string {
  return [...table].map(([q, row]) => `${q.padEnd(34)} ${[...row].map(([o, v]) => `${o}=${v}`).join('  ')}`).join('\n');
}

/** Every row of the table holds one value, read from every output; on failure the whole table is printed. */
function expectOneNumberPerRow(table: Table): void {
  // A number an output no longer prints is a failure too, not a quiet agreement of blanks.
  const bad = [...table].filter(
    ([, row]) =>
      new Set(row.values()).size !== 1 ||
      [...row.values()].some((v) => v.includes('(absent)') || v.includes('NaN') || v.includes('undefined')),
  );
  expect(bad.length, `numbers disagree:\n${render(table)}`).toBe(0);
}

const hasPdftotext = ((): boolean => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasPdftotext) console.warn('one-number.test.ts: pdftotext (poppler-utils) not found: covers are not read back');

/** A PDF's text with every space and line break taken out (pdftotext breaks lines where the layout does). */
const pdfText = (file: string): string => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
const match = (text: string, re: RegExp): RegExpMatchArray | null => text.match(re);

/** The cover's 材料情况 line: `covered/required` and how many it says are missing. */
function coverCounts(text: string): { pair: string; missing: number } | null {
  const m = match(text, /材料情况：应报(\d+)项，已提供(\d+)项(?:，缺少(\d+)项)?/);
  return m ? { pair: `${m[2]}/${m[1]}`, missing: Number(m[3] ?? 0) } : null;
}

/** Row of a unit (or the total) in the summary workbook: indicators, lead, cooperate, ledgerDone, complete, covered, required. */
async function summarySheetRows(file: string): Promise<Map<string, number[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, number[]>();
  wb.worksheets[0]!.eachRow((row) => {
    const label = String(row.getCell(1).value ?? '');
    const values = [2, 3, 4, 5, 6, 7, 8].map((c) => Number(row.getCell(c).value));
    if (values.every((v) => Number.isFinite(v))) out.set(label, values);
  });
  return out;
}

interface Fixture {
  ws: string;
  unit: { id: string; name: string };
  /** indicators bundled one by one (merged ones among them) */
  bundled: string[];
  /** of those, the ones `explain` is asked about */
  explained: string[];
  /** export every workbook (the summary's total and unit row) or only the unit's ledger */
  exportAll: boolean;
  /** the unit had a ledger before the previous due date: its 本月进展 is compared */
  progress: boolean;
}

async function bureauNumbers(table: Table, f: Fixture): Promise<void> {
  const { ws, unit } = f;
  const at = ['--workspace', ws];
  const totals = (q: string, out: string, v: { covered: number; required: number; complete: number; ledgerDone: number }) => {
    put(table, 'materials covered/required', out, `${v.covered}/${v.required}`);
    put(table, 'indicators complete (材料齐全)', out, v.complete);
    put(table, 'ledger done (台账已完成)', out, v.ledgerDone);
    void q;
  };
  const unitNumbers = (out: string, v: { covered: number; required: number; complete?: number; ledgerDone?: number } | undefined) => {
    put(table, `${unit.name} covered/required`, out, v ? `${v.covered}/${v.required}` : undefined);
    if (v?.ledgerDone !== undefined) put(table, `${unit.name} 台账已完成`, out, v.ledgerDone);
    if (v?.complete !== undefined) put(table, `${unit.name} 材料齐全`, out, v.complete);
  };

  // check: text and JSON.
  const text = (await ledger(['check', ...at])).stdout;
  const t1 = match(text, /材料齐全 (\d+) 项，缺材料 \d+ 项，无需报送材料 \d+ 项；台账已完成 (\d+) 项/);
  const t2 = match(text, /材料 (\d+)\/(\d+) 项已有证明/);
  totals('', 'check', { covered: num(t2?.[1])!, required: num(t2?.[2])!, complete: num(t1?.[1])!, ledgerDone: num(t1?.[2])! });
  // The unit's row of check's table: indicators, lead, 台账已完成, 材料齐全, covered/required.
  const crow = match(text, new RegExp(`\\n${unit.name}\\s+\\d+\\s+\\d+\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)/(\\d+)`));
  unitNumbers(
    'check',
    crow ? { ledgerDone: Number(crow[1]), complete: Number(crow[2]), covered: Number(crow[3]), required: Number(crow[4]) } : undefined,
  );
  const json = JSON.parse((await ledger(['check', '--format', 'json', ...at])).stdout);
  const s = json.summary;
  totals('', 'check-json', { ...s.materials, complete: s.complete, ledgerDone: s.ledgerDone });
  unitNumbers('check-json', s.units[unit.id]);

  // status: text (headline, today's trend row, the unit's row), JSON, Markdown, HTML.
  const st = (await ledger(['status', ...at])).stdout;
  const h1 = match(st, /材料 (\d+)\/(\d+) 项已有证明（\d+%）；材料齐全 (\d+) 项、台账已完成 (\d+) 项/);
  totals('', 'status', { covered: num(h1?.[1])!, required: num(h1?.[2])!, complete: num(h1?.[3])!, ledgerDone: num(h1?.[4])! });
  const today = match(st, /今天 \d{4}-\d\d-\d\d\s+(\d+)\/(\d+)\s+\d+%\s+(\d+)\s+(\d+)/);
  totals('', 'status-trend-today', {
    covered: num(today?.[1])!,
    required: num(today?.[2])!,
    complete: num(today?.[3])!,
    ledgerDone: num(today?.[4])!,
  });
  const row = match(st, new RegExp(`\\n  ${unit.name}\\s+\\d+/\\d+\\s+(\\d+)/\\d+\\s+(\\d+)/(\\d+)`));
  unitNumbers('status', row ? { covered: Number(row[2]), required: Number(row[3]), ledgerDone: Number(row[1]) } : undefined);
  const sj = JSON.parse((await ledger(['status', '--format', 'json', ...at])).stdout);
  totals('', 'status-json', { ...sj.totals.materials, complete: sj.totals.complete, ledgerDone: sj.totals.ledgerDone });
  const now = sj.trend.find((p: { now: boolean }) => p.now);
  totals('', 'status-json-trend', now);
  unitNumbers(
    'status-json',
    sj.units.find((u: { id: string }) => u.id === unit.id),
  );
  unitNumbers('status-json-trend', now.units[unit.id]);
  // 本月进展 (材料+N): by file name since the previous due date; the unit's files here are all ones the check
  // counts, besides a 秘密 file, a .docx and an .md named for materials, which must not count either way.
  const before = [...sj.trend].reverse().find((p: { now: boolean; date: string }) => !p.now && p.date <= sj.history.previousDue);
  const progress = sj.units.find((u: { id: string }) => u.id === unit.id)?.progress;
  if (f.progress) put(table, `${unit.name} materials newly covered`, 'status-json-progress', progress?.covered);
  if (f.progress)
    put(
      table,
      `${unit.name} materials newly covered`,
      'check-json − before',
      s.units[unit.id].covered - (before?.units[unit.id]?.covered ?? 0),
    );
  const md = (await ledger(['status', '--format', 'markdown', ...at])).stdout;
  const h2 = match(md, /材料 (\d+)\/(\d+) 项已有证明（\d+%）；材料齐全 (\d+) 项、台账已完成 (\d+) 项/);
  totals('', 'status-md', { covered: num(h2?.[1])!, required: num(h2?.[2])!, complete: num(h2?.[3])!, ledgerDone: num(h2?.[4])! });
  const mdRow = match(md, new RegExp(`\\| (?:\\*\\*)?${unit.name}[^|]*\\| \\d+/\\d+ \\| (\\d+)/\\d+ \\| (\\d+) \\| (\\d+)/(\\d+) \\|`));
  unitNumbers(
    'status-md',
    mdRow ? { ledgerDone: Number(mdRow[1]), complete: Number(mdRow[2]), covered: Number(mdRow[3]), required: Number(mdRow[4]) } : undefined,
  );
  const htmlFile = path.join(tempDir('ledger-one-html-'), 'status.html');
  await ledger(['status', '--html', htmlFile, ...at]);
  const html = fs.readFileSync(htmlFile, 'utf8');
  const cardM = match(html, /材料覆盖<\/div><div class="v[^"]*">(\d+)\/(\d+)</);
  const cardC = match(html, /材料齐全的指标<\/div><div class="v[^"]*">(\d+)<\/div><div class="s">台账已完成 (\d+)</);
  totals('', 'status-html', {
    covered: num(cardM?.[1])!,
    required: num(cardM?.[2])!,
    complete: num(cardC?.[1])!,
    ledgerDone: num(cardC?.[2])!,
  });
  const htmlRow = match(
    html,
    new RegExp(
      `data-unit="${unit.id}">.*?<td class="n">\\d+/\\d+</td><td class="n">(\\d+)/\\d+</td><td class="n">(\\d+)</td><td class="n">(\\d+)/(\\d+)</td>`,
    ),
  );
  unitNumbers(
    'status-html',
    htmlRow
      ? { ledgerDone: Number(htmlRow[1]), complete: Number(htmlRow[2]), covered: Number(htmlRow[3]), required: Number(htmlRow[4]) }
      : undefined,
  );

  // status --unit: its headline, its row, its trend point.
  const su = JSON.parse((await ledger(['status', '--unit', unit.name, '--format', 'json', ...at])).stdout);
  unitNumbers('status-unit-headline', { ...su.totals.materials, complete: su.totals.complete, ledgerDone: su.totals.ledgerDone });
  unitNumbers('status-unit-row', su.units[0]);
  unitNumbers('status-unit-trend', su.trend.find((p: { now: boolean }) => p.now)?.units[unit.id]);
  const sut = (await ledger(['status', '--unit', unit.name, ...at])).stdout;
  const h4 = match(sut, /材料 (\d+)\/(\d+) 项已有证明（\d+%）；材料齐全 (\d+) 项、台账已完成 (\d+) 项/);
  unitNumbers(
    'status-unit-text',
    h4 ? { covered: Number(h4[1]), required: Number(h4[2]), complete: Number(h4[3]), ledgerDone: Number(h4[4]) } : undefined,
  );
  put(table, `${unit.name} missing`, 'status-unit-json', su.units[0]?.missing.length);
  put(table, `${unit.name} missing`, 'check-json', s.units[unit.id].required - s.units[unit.id].covered);

  // The exported sheets, read back: the summary workbook's unit row and total (--all), the unit's own ledger.
  const xlsx = tempDir('ledger-one-xlsx-');
  const exp = await ledger(['export', ...(f.exportAll ? ['--all'] : ['--unit', unit.name]), '-o', xlsx, ...at]);
  expect(exp.code, exp.stderr).toBe(0);
  if (f.exportAll) {
    const summaryFile = fs.readdirSync(xlsx).find((n) => n.includes('汇总'))!;
    const rows = await summarySheetRows(path.join(xlsx, summaryFile));
    const total = [...rows].find(([label]) => label.startsWith('合计'))?.[1];
    if (total) totals('', 'sheet', { complete: total[4]!, ledgerDone: total[3]!, covered: total[5]!, required: total[6]! });
    else put(table, 'materials covered/required', 'sheet', undefined);
    const ur = rows.get(unit.name);
    unitNumbers('sheet', ur ? { ledgerDone: ur[3]!, complete: ur[4]!, covered: ur[5]!, required: ur[6]! } : undefined);
  }
  const ledgerFile = fs.readdirSync(xlsx).find((n) => n.includes(`-${unit.name}-工作台账`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(xlsx, ledgerFile!));
  const subtitle = String(wb.getWorksheet('材料核查')?.getCell('A2').value ?? '');
  const sm = match(subtitle, /应报材料 (\d+) 项，已提供 (\d+) 项，缺少 (\d+) 项/);
  put(table, `${unit.name} covered/required`, 'ledger-sheet', sm ? `${sm[2]}/${sm[1]}` : undefined);
  put(table, `${unit.name} missing`, 'ledger-sheet', sm?.[3]);

  // bundle: the unit's console line and cover; a few indicators, merged ones among them.
  const out = tempDir('ledger-one-bundle-');
  const bu = await ledger(['bundle', '--unit', unit.name, '--force', '-o', out, ...at]);
  const uline = match(bu.stdout, /已生成 .*初评-.*（\d+ 项指标，\d+ 页(?:，缺少材料 (\d+) 项)?/);
  put(table, `${unit.name} missing`, 'bundle-unit-console', uline ? Number(uline[1] ?? 0) : undefined);
  const ufile = fs.readdirSync(out).find((n) => n.startsWith('初评-') && n.endsWith('.pdf'));
  if (hasPdftotext && ufile) {
    const c = coverCounts(pdfText(path.join(out, ufile)));
    put(table, `${unit.name} missing`, 'bundle-unit-cover', c?.missing);
    put(table, `${unit.name} covered/required`, 'bundle-unit-cover', c?.pair);
  }
  const bi = await ledger(['bundle', ...f.bundled, '--force', '-o', out, ...at]);
  for (const id of f.bundled) {
    const file = `指标${id.padStart(3, '0')}.pdf`;
    const line = match(bi.stdout, new RegExp(`${file}（\\d+ 页(?:，缺少材料 (\\d+) 项)?`));
    put(table, `indicator ${id} missing`, 'bundle-console', line ? Number(line[1] ?? 0) : undefined);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, file.replace(/\.pdf$/, '.manifest.json')), 'utf8'));
    put(table, `indicator ${id} missing`, 'bundle-manifest', manifest.missing.length);
    if (f.explained.includes(id))
      put(table, `indicator ${id} missing`, 'explain', explainMissing((await ledger(['explain', id, ...at])).stdout));
    if (hasPdftotext) put(table, `indicator ${id} missing`, 'bundle-cover', coverCounts(pdfText(path.join(out, file)))?.missing);
  }
}

/** Materials `explain` marks as not counting: ✖ under a material (缺少, 退回, a file ruled out…), counted once per material. */
function explainMissing(text: string): number {
  let n = 0;
  let current = false;
  for (const line of text.split('\n')) {
    if (/^ {2}[①-⑳]/.test(line)) current = false;
    else if (/^ {5}✖/.test(line) && !current) {
      current = true;
      n++;
    }
  }
  return n;
}

describe('one number everywhere: every output prints the number the check computed', () => {
  let city: Fixture;
  let county: Fixture;

  beforeAll(async () => {
    // The city example, as it is in git, with a history: the example before the previous due date (11-04), then
    // files for merged indicators, a returned review, a 秘密 file, a .docx and an .md named for materials.
    const cityWs = path.join(tempDir('ledger-one-city-'), 'ws');
    fs.cpSync(path.join(REPO, 'examples', 'workspace'), cityWs, { recursive: true });
    git(cityWs, ['init', '-q', '-b', 'main']);
    commitAll(cityWs, '2026-10-20', 'example');
    // Assigned as `ledger assign` writes it (rows appended to the unit's ledger), without a run of the command each.
    const rows = (ids: string[]) => ids.map((id) => `  "${id}":\n    status: 未完成\n    progress: ""\n`).join('');
    fs.appendFileSync(path.join(cityWs, 'assignments/fanlongduan.yaml'), rows(['47', '48', '91', '92']));
    fs.appendFileSync(path.join(cityWs, 'assignments/zhifa-jicha.yaml'), rows(['90']));
    await addPdf(cityWs, 'evidence/047/1-重大行政决策情况说明.pdf');
    await addPdf(cityWs, 'evidence/047/2-（秘密）决策目录.pdf');
    writeFile(cityWs, 'evidence/047/3-会议记录.docx', 'not a pdf');
    writeFile(cityWs, 'evidence/047/3-会议记录摘要.md', '# 会议记录\n');
    await addPdf(cityWs, 'evidence/091/1-行政复议工作情况.pdf');
    await addPdf(cityWs, 'evidence/091/2-编制文件.pdf');
    for (const n of [1, 2, 3, 4, 5]) await addPdf(cityWs, `evidence/090/${n}-普法材料${n}.pdf`);
    writeFile(
      cityWs,
      'evidence/090/index.yaml',
      'materials:\n  1:\n    review: { verdict: 退回, by: 张三, date: 2026-11-20, note: 缺少盖章 }\n',
    );
    edit(cityWs, 'evidence/001/index.yaml', 'verdict: 通过', 'verdict: 退回');
    commitAll(cityWs, '2026-11-20', 'merged, returned, 秘密');
    city = {
      ws: cityWs,
      unit: { id: 'fanlongduan', name: '反垄断科' },
      bundled: ['47', '48', '90', '92'],
      explained: ['48', '90', '92'],
      exportAll: true,
      progress: true,
    };

    // A county bureau from its profile: indicator 90 shared, one unit's file in it.
    const countyWs = path.join(tempDir('ledger-one-county-'), 'ws');
    expect((await ledger(['init', countyWs, '--profile', 'county-bureau', '--org', '禹州市市场监督管理局'])).code).toBe(0);
    commitAll(countyWs, '2026-10-20', 'init');
    // 90 (各执法单位) shared by two 所, merged 91–92 carried by 财务股.
    for (const [id, unit] of [
      ['90', '市场监管一所'],
      ['90', '市场监管二所'],
      ['91', '财务股'],
      ['92', '财务股'],
    ]) {
      const r = await ledger(['assign', id!, '--unit', unit!, '--workspace', countyWs]);
      expect(r.code, r.stderr).toBe(0);
    }
    // 一所 reports 90 done, 二所 does not: the bureau's 台账已完成 is not the unit's.
    edit(countyWs, 'assignments/suo-1.yaml', /("?90"?:\s*\n\s*status:\s*)未完成/, '$1已完成');
    // 一所's own part of the shared 90, in its unit folder: only 一所 is credited (docs/工作区-组织与职责.md).
    await addPdf(countyWs, 'evidence/090/@suo-1/1-普法情况说明.pdf');
    await addPdf(countyWs, 'evidence/091/1-行政复议工作情况.pdf');
    await addPdf(countyWs, 'evidence/091/2-编制文件.pdf');
    await addPdf(countyWs, 'evidence/091/3-（秘密）经费保障.pdf');
    writeFile(countyWs, 'evidence/091/index.yaml', 'materials:\n  2:\n    review: { verdict: 退回, by: 李四, date: 2026-11-20 }\n');
    commitAll(countyWs, '2026-11-20', 'shared 90');
    county = { ws: countyWs, unit: { id: 'suo-1', name: '市场监管一所' }, bundled: [], explained: [], exportAll: false, progress: false };
  });

  it('the city example: one value per quantity', async () => {
    const table: Table = new Map();
    await bureauNumbers(table, city);
    expectOneNumberPerRow(table);
  });

  it('a county workspace with a shared indicator: one value per quantity', async () => {
    const table: Table = new Map();
    await bureauNumbers(table, county);
    expectOneNumberPerRow(table);
  });
});
