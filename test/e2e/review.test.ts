import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/format/status/status-json.js';
import { hashFile } from '../../src/util/hash-file.js';
import { HAVE, pageText, pdfinfoPages } from '../bundle/tools.js';
import { readWorkbook, text } from '../excel/helpers.js';
import { checkJson, ledger, makeWorkspace, tempDir, TODAY } from '../helpers/cli.js';
import { addPdf, edit, snapshot, writeFile } from '../helpers/workspace.js';

const INDEX = 'evidence/009/index.yaml';
const readIndex = (ws: string, rel = INDEX): string => fs.readFileSync(path.join(ws, rel), 'utf8');
const reviewOf = (ws: string, no: number, rel = INDEX): Record<string, unknown> =>
  (parse(readIndex(ws, rel)) as { materials: Record<string, { review: Record<string, unknown> }> }).materials[String(no)]!.review;

/** A fresh workspace with both materials of indicator 9 evidenced. */
async function workspace(): Promise<string> {
  const ws = makeWorkspace();
  await addPdf(ws, 'evidence/009/1-双随机.pdf');
  await addPdf(ws, 'evidence/009/2-典型案例.pdf', { pages: 2 });
  return ws;
}

/** Indicator 9 has two leads: each files its part in its unit folder (a file outside one credits neither). */
function asXinyong(ws: string): void {
  const share = path.join(ws, 'evidence/009/@xinyong-jianguan');
  fs.mkdirSync(share);
  for (const f of ['1-双随机.pdf', '2-典型案例.pdf']) fs.renameSync(path.join(ws, 'evidence/009', f), path.join(share, f));
}

async function findings(ws: string, code: string) {
  const { report } = await checkJson(ws, ['--indicator', '9']);
  return { found: report.diagnostics.filter((d) => d.code === code), summary: report.summary };
}

describe('ledger review: recording verdicts', () => {
  it('records a pass with the SHA-256 of every covering file, creating index.yaml, and the check accepts it', async () => {
    const ws = await workspace();
    const before = snapshot(path.join(ws, 'evidence'));
    const r = await ledger(['review', '9/2', '--pass', '--by', '张三', '--note', '案例完整'], { cwd: ws });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已记录 指标 9 材料② 初评通过（张三，${TODAY}），评审文件 1 个 → ${INDEX}`);
    expect(r.stdout).toContain('evidence/009/2-典型案例.pdf');
    expect(reviewOf(ws, 2)).toEqual({
      verdict: '通过',
      by: '张三',
      date: TODAY,
      note: '案例完整',
      files: { 'evidence/009/2-典型案例.pdf': hashFile(path.join(ws, 'evidence/009/2-典型案例.pdf')) },
    });
    expect(readIndex(ws)).toMatch(/^# 指标 9 的材料例外、新闻链接和初评记录/);
    // Only index.yaml was written: every evidence file is as it was.
    const after = snapshot(path.join(ws, 'evidence'));
    after.delete(path.join('009', 'index.yaml'));
    expect(after).toEqual(before);

    const { found, summary } = await findings(ws, 'review-stale');
    expect(found).toEqual([]);
    expect(summary.reviews).toMatchObject({ passed: 1, returned: 0, stale: 0, unreviewed: 1 });
    const explain = await ledger(['explain', '9'], { cwd: ws });
    expect(explain.stdout).toContain(`✔ 初评：通过（张三，${TODAY}）：案例完整`);
    const json = JSON.parse((await ledger(['explain', '9', '--format', 'json'], { cwd: ws })).stdout) as {
      materials: { no: number; review?: { verdict: string; stale: boolean } }[];
    }[];
    expect(json[0]!.materials.map((m) => m.review?.verdict ?? null)).toEqual([null, '通过']);
    expect(json[0]!.materials[1]!.review!.stale).toBe(false);
  });

  it('a returned material does not count until it is reviewed again; the error names the note, reviewer and line', async () => {
    const ws = await workspace();
    const clean = await checkJson(ws, ['--indicator', '9']);
    expect(clean.report.summary.materials).toEqual({ covered: 2, required: 2 });

    const r = await ledger(['review', '9/2', '--return', '缺少盖章页', '--by', '张三', '--date', '2026-11-20'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已记录 指标 9 材料② 初评退回：缺少盖章页（张三，2026-11-20）→ ${INDEX}`);
    expect(reviewOf(ws, 2)).toMatchObject({ verdict: '退回', note: '缺少盖章页', date: '2026-11-20' });

    const { code, report } = await checkJson(ws, ['--indicator', '9']);
    expect(code).toBe(1);
    expect(report.summary.materials).toEqual({ covered: 1, required: 2 });
    expect(report.summary.complete).toBe(0);
    const returned = report.diagnostics.filter((d) => d.code === 'review-returned');
    expect(returned).toHaveLength(1);
    const lines = readIndex(ws).split('\n');
    expect(returned[0]).toMatchObject({ severity: 'error', file: INDEX, indicator: '9', material: 2 });
    expect(lines[returned[0]!.line! - 1]).toMatch(/^\s+review:/);
    expect(returned[0]!.message).toBe('材料2在初评中被退回：缺少盖章页（张三，2026-11-20），重新评审通过前不计入');
    // Not "missing": the file is there, the review is what keeps it from counting.
    expect(report.diagnostics.filter((d) => d.code === 'material-missing')).toEqual([]);

    const again = await ledger(['review', '9/2', '--pass', '--by', '李四'], { cwd: ws });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('（取代 2026-11-20 张三 的“退回”）');
    const { found, summary } = await findings(ws, 'review-returned');
    expect(found).toEqual([]);
    expect(summary.materials).toEqual({ covered: 2, required: 2 });
  });

  it('a 已完成 ledger row over a returned material says it was returned, not that evidence is missing', async () => {
    const ws = await workspace();
    edit(ws, 'assignments/zonghe-guihua.yaml', /("?9"?:\n(?:\s+#.*\n)?\s+status: )未完成/, '$1已完成');
    expect((await ledger(['review', '9/2', '--return', '缺少盖章页', '--by', '张三'], { cwd: ws })).code).toBe(0);
    const { report } = await checkJson(ws, ['--indicator', '9']);
    const claim = report.diagnostics.find((d) => d.code === 'claim-without-evidence' && d.unit === 'zonghe-guihua');
    expect(claim?.message).toBe('台账标记为“已完成”，但材料 2 在初评中被退回');
  });

  it('a passed material whose files changed is stale (changed, removed, added), and a new review clears it', async () => {
    const ws = await workspace();
    await addPdf(ws, 'evidence/009/1-抽查结果.pdf');
    expect((await ledger(['review', '9', '--pass', '--by', '张三'], { cwd: ws })).code).toBe(0);
    expect(Object.keys(reviewOf(ws, 1).files as object).sort()).toEqual(['evidence/009/1-双随机.pdf', 'evidence/009/1-抽查结果.pdf']);
    expect((await findings(ws, 'review-stale')).found).toEqual([]);

    await addPdf(ws, 'evidence/009/1-双随机.pdf', { seed: 'replaced', pages: 3 }); // content changed
    fs.rmSync(path.join(ws, 'evidence/009/1-抽查结果.pdf')); // removed
    await addPdf(ws, 'evidence/009/2-补充.pdf'); // added to material 2
    const { found, summary } = await findings(ws, 'review-stale');
    expect(found.map((d) => [d.severity, d.material, d.file])).toEqual([
      ['warning', 1, INDEX],
      ['warning', 2, INDEX],
    ]);
    expect(found[0]!.message).toContain('evidence/009/1-双随机.pdf、evidence/009/1-抽查结果.pdf');
    expect(found[1]!.message).toContain('evidence/009/2-补充.pdf');
    expect(summary.reviews).toMatchObject({ passed: 0, stale: 2 });
    // Stale is a warning: the materials still count.
    expect(summary.materials).toEqual({ covered: 2, required: 2 });
    const explain = await ledger(['explain', '9'], { cwd: ws });
    expect(explain.stdout).toContain('之后文件有变动，待复核：evidence/009/2-补充.pdf');

    expect((await ledger(['review', '9/1', '9/2', '--pass', '--by', '张三'], { cwd: ws })).code).toBe(0);
    expect((await findings(ws, 'review-stale')).found).toEqual([]);
  });

  it('keeps comments, order, exceptions, links and other materials of an existing index.yaml', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'evidence/010/2-典型案例.pdf');
    const original = [
      '# 指标 10 的例外（法规科整理）',
      'materials:',
      '  # 材料1 本局不涉及',
      '  1:',
      '    not_applicable: 本局无此事项 # 2026年确认',
      '  3:',
      '    links:',
      '      - url: https://www.xuchang.gov.cn/a',
      '        title: 标题',
      '        date: 2024-03-01',
      '',
    ].join('\n');
    writeFile(ws, 'evidence/010/index.yaml', original);
    const r = await ledger(['review', '10/2', '10/1', '--pass', '--by', '王五', '--date', '2026-11-01'], { cwd: ws });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = readIndex(ws, 'evidence/010/index.yaml');
    expect(after).toContain('# 指标 10 的例外（法规科整理）');
    expect(after).toContain('  # 材料1 本局不涉及');
    expect(after).toContain('# 2026年确认');
    expect(after).toContain('not_applicable: 本局无此事项');
    expect(after).toContain('title: 标题');
    // Material keys stay in numeric order, the new 2 between 1 and 3.
    expect([...after.matchAll(/^ {2}(\d+):$/gm)].map((m) => m[1])).toEqual(['1', '2', '3']);
    const doc = parse(after) as { materials: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.materials['1']!)).toEqual(['not_applicable', 'review']);
    expect(doc.materials['1']!.review).toEqual({ verdict: '通过', by: '王五', date: '2026-11-01', files: {} });
    expect(doc.materials['3']!.links).toEqual([{ url: 'https://www.xuchang.gov.cn/a', title: '标题', date: '2024-03-01' }]);
    // The file stays valid for the check.
    const { report } = await checkJson(ws, ['--indicator', '10']);
    expect(report.diagnostics.filter((d) => d.file === 'evidence/010/index.yaml')).toEqual([]);
  });

  it('CRLF files keep their line endings', async () => {
    const ws = await workspace();
    writeFile(ws, INDEX, '# 备注\r\nmaterials:\r\n  1:\r\n    review:\r\n      verdict: 退回\r\n      by: x\r\n      date: 2026-01-01\r\n');
    expect((await ledger(['review', '9/2', '--pass', '--by', '张三'], { cwd: ws })).code).toBe(0);
    const text = readIndex(ws);
    expect(
      text
        .split('\n')
        .slice(0, -1)
        .every((l) => l.endsWith('\r')),
    ).toBe(true);
    expect(reviewOf(ws, 1)).toMatchObject({ verdict: '退回', by: 'x' });
  });

  it('a merged indicator (48) is reviewed in the folder of 47, and says so', async () => {
    const ws = makeWorkspace();
    // A folder may carry a label: the verdict goes where the files are.
    fs.renameSync(path.join(ws, 'evidence/047'), path.join(ws, 'evidence/047-集体讨论'));
    await addPdf(ws, 'evidence/047-集体讨论/1-会议记录.pdf');
    const r = await ledger(['review', '48/1', '--pass', '--by', '张三'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('指标 48 与第 47 项合并报送材料，初评结论记在第 47 项（evidence/047-集体讨论/index.yaml）');
    expect(reviewOf(ws, 1, 'evidence/047-集体讨论/index.yaml')).toMatchObject({
      verdict: '通过',
      files: { 'evidence/047-集体讨论/1-会议记录.pdf': hashFile(path.join(ws, 'evidence/047-集体讨论/1-会议记录.pdf')) },
    });
    expect(fs.existsSync(path.join(ws, 'evidence/048'))).toBe(false);
  });
});

describe('ledger review: refusals', () => {
  it('refuses to pass what nothing evidences (exit 1, nothing written) but records a return', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'evidence/009/1-双随机.pdf');
    writeFile(ws, 'evidence/009/2-典型案例.docx', 'PK\u0003\u0004 a Word file');
    const r = await ledger(['review', '9', '--pass', '--by', '张三'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('以下 1 项材料不能记录，未写入任何结论');
    expect(r.stderr).toContain('指标 9 材料②：该材料的文件都不能计入（2-典型案例.docx');
    expect(fs.existsSync(path.join(ws, INDEX))).toBe(false);
    const en = await ledger(['review', '10/1', '--pass', '--by', 'Zhang', '--lang', 'en'], { cwd: ws });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('indicator 10 material ①: nothing evidences this material yet');

    const ret = await ledger(['review', '10/1', '--return', '未提供材料', '--by', '张三'], { cwd: ws });
    expect(ret.code).toBe(0);
    expect(reviewOf(ws, 1, 'evidence/010/index.yaml')).toMatchObject({ verdict: '退回', files: {} });
  });

  it('bad arguments stop before anything is read or written (exit 2), in zh and en', async () => {
    const ws = await workspace();
    const cases: [string[], string, string][] = [
      [['9/2', '--by', '张三'], '请用 --pass（通过）或 --return <原因>（退回）给出结论', 'Give the verdict'],
      [['9/2', '--pass', '--return', 'x', '--by', '张三'], '--pass 与 --return 只能选一个', 'either --pass or --return'],
      [['9/2', '--return', ' ', '--by', '张三'], '--return 需要写明退回原因', '--return needs the reason'],
      [['9/2', '--return', 'x', '--note', 'y', '--by', '张三'], '--note 只用于 --pass', '--note goes with --pass'],
      [['9/2', '--pass', '--by', '张三', '--date', '2026-02-30'], '日期“2026-02-30”无效', 'Date "2026-02-30" is not'],
      [['9/x', '--pass', '--by', '张三'], '“9/x”无效', '"9/x" is not valid'],
      [['9/3', '--pass', '--by', '张三'], '指标 9 只有 2 项材料，没有材料 3', 'Indicator 9 has 2 material(s)'],
      [['999/1', '--pass', '--by', '张三'], '999', '999'],
      [['73', '--pass', '--by', '张三'], '指标 73 没有需要报送的材料', 'Indicator 73 takes no materials'],
    ];
    for (const [args, zh, en] of cases) {
      const r = await ledger(['review', ...args], { cwd: ws });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(zh);
      const e = await ledger(['review', ...args, '--lang', 'en'], { cwd: ws });
      expect(e.stderr, args.join(' ')).toContain(en);
    }
    const noBy = await ledger(['review', '9/2', '--pass'], { cwd: ws });
    expect(noBy.code).toBe(2);
    expect(fs.existsSync(path.join(ws, INDEX))).toBe(false);
  });

  it('refuses to edit an index.yaml that does not parse, and never follows a link out of the workspace', async () => {
    const ws = await workspace();
    writeFile(ws, INDEX, 'materials:\n  2: [unclosed\n');
    const broken = await ledger(['review', '9/2', '--pass', '--by', '张三'], { cwd: ws });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${INDEX} 有语法或格式错误，未写入任何结论`);
    expect(readIndex(ws)).toBe('materials:\n  2: [unclosed\n');

    fs.rmSync(path.join(ws, INDEX));
    const outside = path.join(tempDir('outside-'), 'index.yaml');
    fs.writeFileSync(outside, 'materials: {}\n');
    fs.symlinkSync(outside, path.join(ws, INDEX));
    const link = await ledger(['review', '9/2', '--pass', '--by', '张三'], { cwd: ws });
    expect(link.code).toBe(2);
    expect(link.stderr).toContain('是符号链接或位于工作区之外');
    expect(fs.readFileSync(outside, 'utf8')).toBe('materials: {}\n');
  });

  it('a review naming a path outside evidence/ is a finding, and the path is never read', async () => {
    const ws = await workspace();
    const secret = path.join(tempDir('outside-'), 'x.pdf');
    fs.writeFileSync(secret, 'outside');
    const files = { 'evidence/009/2-典型案例.pdf': hashFile(path.join(ws, 'evidence/009/2-典型案例.pdf')), [secret]: 'a'.repeat(64) };
    const yaml = ['materials:', '  2:', '    review:', '      verdict: 通过', '      by: 张三', '      date: 2026-11-01', '      files:']
      .concat(Object.entries(files).map(([k, v]) => `        "${k}": "${v}"`))
      .concat(['        "evidence/../ledger.yaml": "' + 'b'.repeat(64) + '"', ''])
      .join('\n');
    writeFile(ws, INDEX, yaml);
    const { report } = await checkJson(ws, ['--indicator', '9']);
    const invalid = report.diagnostics.filter((d) => d.code === 'review-invalid');
    expect(invalid.map((d) => [d.severity, d.line])).toEqual([
      ['error', 9],
      ['error', 10],
    ]);
    expect(invalid[0]!.message).toContain('不在工作区的 evidence/ 内，不会被读取');
    expect(report.diagnostics.filter((d) => d.code === 'review-stale')).toHaveLength(1);
  });
});

describe('the review state where people look', () => {
  it('the 材料核查 sheet has a 初评 column: 通过, 退回：note (red), 待复核, 未评审', async () => {
    const ws = await workspace();
    asXinyong(ws);
    await addPdf(ws, 'evidence/010/@xinyong-jianguan/1-制度.pdf');
    await addPdf(ws, 'evidence/010/@xinyong-jianguan/2-案例.pdf');
    expect((await ledger(['review', '9/1', '10/1', '10/2', '--pass', '--by', '张三'], { cwd: ws })).code).toBe(0);
    expect((await ledger(['review', '9/2', '--return', '缺少盖章页', '--by', '张三'], { cwd: ws })).code).toBe(0);
    await addPdf(ws, 'evidence/010/@xinyong-jianguan/2-案例.pdf', { seed: 'changed' });
    const out = tempDir('export-');
    const r = await ledger(['export', '--unit', '信用监管科', '-o', out], { cwd: ws });
    expect(r.code).toBe(0);
    const file = fs.readdirSync(out).find((f) => f.endsWith('.xlsx'))!;
    const sheet = (await readWorkbook(path.join(out, file))).getWorksheet('材料核查')!;
    expect(text(sheet.getRow(3).getCell(6))).toBe('初评');
    const rows = new Map<string, { status: string; detail: string; review: string; fill?: string }>();
    let id = '';
    for (let n = 4; n <= sheet.rowCount; n++) {
      const row = sheet.getRow(n);
      id = text(row.getCell(1)).split(' ')[0] || id;
      const fill = (row.getCell(6).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      rows.set(`${id}/${text(row.getCell(2))}`, {
        status: text(row.getCell(4)),
        detail: text(row.getCell(5)),
        review: text(row.getCell(6)),
        ...(fill ? { fill } : {}),
      });
    }
    expect(rows.get('9/1')).toEqual({ status: '已提供', detail: '@xinyong-jianguan/1-双随机.pdf（1页）', review: '通过' });
    expect(rows.get('9/2')).toMatchObject({ status: '初评退回', review: '退回：缺少盖章页', fill: 'FFFFC7CE' });
    expect(rows.get('9/2')!.detail).toContain('【问题】index.yaml：材料2在初评中被退回：缺少盖章页');
    expect(rows.get('10/2')).toMatchObject({ status: '已提供', review: '待复核（通过后文件有变动）', fill: 'FFFFEB9C' });
    expect(rows.get('10/2')!.detail).toContain('【提示】index.yaml：材料2初评通过');
    const unreviewed = [...rows.entries()].filter(([k]) => !['9/1', '9/2', '10/1', '10/2'].includes(k));
    expect(unreviewed.length).toBeGreaterThan(0);
    expect(new Set(unreviewed.map(([, v]) => v.review))).toEqual(new Set(['未评审']));
  });

  it('status counts the reviews once from coverage, overall and per unit, in JSON, text and Markdown', async () => {
    const ws = await workspace();
    asXinyong(ws);
    expect((await ledger(['review', '9/1', '--pass', '--by', '张三'], { cwd: ws })).code).toBe(0);
    expect((await ledger(['review', '9/2', '--return', '缺少盖章页', '--by', '张三'], { cwd: ws })).code).toBe(0);
    const r = await ledger(['status', '--format', 'json', '--no-cache'], { cwd: ws });
    const report = JSON.parse(r.stdout) as StatusJson;
    const check = (await checkJson(ws)).report.summary;
    expect(report.reviews).toEqual(check.reviews);
    expect(report.reviews).toMatchObject({ passed: 1, returned: 1, stale: 0 });
    expect(report.reviews.unreviewed).toBe(check.materials.required - 2);
    // Indicator 9 is carried by two units: a review counts for the unit that filed the reviewed files only.
    expect(report.reviews.units['xinyong-jianguan']).toMatchObject({ passed: 1, returned: 1, stale: 0 });
    expect(report.reviews.units['zonghe-guihua']).toMatchObject({ passed: 0, returned: 0, stale: 0 });
    expect(report.reviews.units.fagui).toMatchObject({ passed: 0, returned: 0, stale: 0 });

    const textOut = (await ledger(['status', '--no-cache'], { cwd: ws })).stdout;
    expect(textOut).toContain(`初评（${check.materials.required} 项材料）：通过 1 项，退回 1 项`);
    expect(textOut).toContain('  信用监管科：通过 1，退回 1，待复核 0');
    const md = (await ledger(['status', '--format', 'markdown', '--no-cache'], { cwd: ws })).stdout;
    expect(md).toContain('### 市局初评');
    expect(md).toMatch(/\| 信用监管科 \| 1 \| 1 \| 0 \| \d+ \|/);
    const unit = JSON.parse(
      (await ledger(['status', '--unit', '法规科', '--format', 'json', '--no-cache'], { cwd: ws })).stdout,
    ) as StatusJson;
    expect(Object.keys(unit.reviews.units)).toEqual(['fagui']);
    expect(unit.reviews).toMatchObject({ passed: 0, returned: 0 });
  });

  it.skipIf(!HAVE.poppler)('the bundle cover states each reviewed material’s verdict', async () => {
    const ws = await workspace();
    expect((await ledger(['review', '9/1', '--pass', '--by', '张三', '--date', '2026-11-01'], { cwd: ws })).code).toBe(0);
    expect((await ledger(['review', '9/2', '--return', '缺少盖章页', '--by', '李四', '--date', '2026-11-02'], { cwd: ws })).code).toBe(0);
    const out = tempDir('bundle-');
    const r = await ledger(['bundle', '9', '-o', out], { cwd: ws });
    expect(r.stderr).not.toContain('错误');
    const pdf = fs.readdirSync(out).find((f) => f.endsWith('.pdf'))!;
    const cover = pageText(path.join(out, pdf), 1, 2);
    expect(cover).toContain('初评：通过（张三，2026-11-01）');
    expect(cover).toContain('初评：退回（缺少盖章页；李四，2026-11-02）');
    // The returned material's pages are bound, and read as returned everywhere they are shown: its
    // verdict comes before its file on the cover, the contents say 已退回 with the reason, and each of
    // its pages is stamped 已退回; the accepted material's are not.
    const flat = cover.replace(/\s+/g, '');
    expect(flat.indexOf('初评：退回（缺少盖章页')).toBeGreaterThan(-1);
    expect(flat.indexOf('初评：退回（缺少盖章页')).toBeLessThan(flat.indexOf('2-典型案例.pdf'));
    expect(flat).toContain('【已退回：缺少盖章页】');
    const total = pdfinfoPages(path.join(out, pdf));
    const pages = Array.from({ length: total }, (_, i) => pageText(path.join(out, pdf), i + 1));
    const stamped = (name: string) => pages.filter((p) => p.includes(name) && /材料.\s*·/.test(p));
    expect(stamped('2-典型案例.pdf').length).toBe(2);
    expect(stamped('2-典型案例.pdf').every((p) => p.includes('已退回'))).toBe(true);
    expect(stamped('1-双随机.pdf').some((p) => p.includes('已退回'))).toBe(false);
  });
});
