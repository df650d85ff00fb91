import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, checkJson, makeWorkspace, type JsonReport } from '../helpers/cli.js';
import { addPdf, edit, writeFile } from '../helpers/workspace.js';

const CORPUS = path.join(REPO, 'test', 'fixtures', 'corpus-pdf');

type D = JsonReport['diagnostics'][number];
const at = (r: JsonReport, file: string): D[] => r.diagnostics.filter((d) => d.file === file);
const codesAt = (r: JsonReport, file: string): string[] =>
  at(r, file)
    .map((d) => d.code)
    .sort();
const missing = (r: JsonReport, id: string): number[] =>
  r.diagnostics.filter((d) => d.code === 'material-missing' && d.indicator === id).map((d) => d.material!);

describe('evidence coverage and file findings', () => {
  let ws: string;
  let report: JsonReport;
  let code: number;

  beforeAll(async () => {
    ws = makeWorkspace();
    const copy = (name: string, rel: string) => writeFile(ws, rel, fs.readFileSync(path.join(CORPUS, name)));
    // Indicator 2 (3 materials): prefix forms, a subfolder, a combined file.
    await addPdf(ws, 'evidence/002/1-情况说明.pdf');
    await addPdf(ws, 'evidence/002/3/自查报告.pdf');
    // Indicator 3 (5 materials): circled, underscore, 1+3 form.
    await addPdf(ws, 'evidence/003/②目录.pdf');
    await addPdf(ws, 'evidence/003/4_公开.pdf');
    await addPdf(ws, 'evidence/003/1+3-文件和清单.pdf');
    await addPdf(ws, 'evidence/003/5-脱钩.pdf', { pages: 3 });
    // Indicator 4: broken and odd files.
    copy('enc-user-rc4-128-qpdf.pdf', 'evidence/004/1-加密.pdf');
    copy('enc-owner-r4-rc4.pdf', 'evidence/004/2-限制.pdf');
    copy('fake-text-oops.pdf', 'evidence/004/3-假的.pdf');
    writeFile(ws, 'evidence/004/3-空.pdf', '');
    copy('zero-pages.pdf', 'evidence/004/3-无页.pdf');
    // Its first 16 KB: under the 0.02 MB limit set below, past which a file is judged by size alone.
    writeFile(ws, 'evidence/004/3-损坏.pdf', fs.readFileSync(path.join(CORPUS, 'garbage-fuzz-binary.pdf')).subarray(0, 16384));
    writeFile(ws, 'evidence/004/3-说明.docx', 'PK\u0003\u0004 not really');
    // Indicator 5: naming problems.
    await addPdf(ws, 'evidence/005/说明材料.pdf');
    await addPdf(ws, 'evidence/005/2019年总结.pdf');
    await addPdf(ws, 'evidence/005/7-不存在的材料.pdf');
    await addPdf(ws, 'evidence/005/1-a:b.pdf');
    await addPdf(ws, 'evidence/005/1-尾点.pdf.');
    await addPdf(ws, `evidence/005/1-${'a'.repeat(151)}.pdf`);
    await addPdf(ws, 'evidence/005/2-cafe\u0301.pdf');
    // Indicator 6 (1 material): confidentiality and dates.
    await addPdf(ws, 'evidence/006/1-机密文件.pdf');
    await addPdf(ws, 'evidence/006/1-元数据.pdf', { title: '关于××的通知（绝密）' });
    await addPdf(ws, 'evidence/006/1-不涉密承诺书.pdf');
    await addPdf(ws, 'evidence/006/1-2017年旧文件.pdf');
    await addPdf(ws, 'evidence/006/1-旧元数据.pdf', { created: new Date('2016-05-01T00:00:00Z') });
    // Indicator 7: duplicates, symlinks.
    const same = fs.readFileSync(await addPdf(ws, 'evidence/007/1-原件.pdf'));
    writeFile(ws, 'evidence/007/2-副本.pdf', same);
    fs.symlinkSync('/etc/hostname', path.join(ws, 'evidence/007/3-外链.pdf'));
    fs.symlinkSync('1-原件.pdf', path.join(ws, 'evidence/007/3-内链.pdf'));
    // Indicator 11: exceptions.
    writeFile(
      ws,
      'evidence/011/index.yaml',
      'materials:\n  1:\n    not_applicable: 不涉及\n  2:\n    secret: 涉密，实地核验时提供\n  3:\n    same_as: "3/2"\n  5:\n    not_applicable: 没有第5项\n',
    );
    await addPdf(ws, 'evidence/011/2-涉密件.pdf');
    // Indicator 12: a same_as that points at nothing; indicator 13: statement too long.
    writeFile(ws, 'evidence/012/index.yaml', 'materials:\n  1:\n    same_as: "2/2"\n');
    writeFile(ws, 'evidence/013/1-情况说明.md', `# 情况说明\n\n${'字'.repeat(601)}\n`);
    writeFile(ws, 'evidence/013/2-情况说明.md', `# 情况说明\n\n${'字'.repeat(598)}\n\n- 列表\n`);
    // Stray and unknown folders; merged cell 48 → 47.
    await addPdf(ws, 'evidence/随便.pdf');
    await addPdf(ws, 'evidence/073/1-x.pdf');
    await addPdf(ws, 'evidence/047/1-a.pdf');
    await addPdf(ws, 'evidence/047/2-b.pdf');
    await addPdf(ws, 'evidence/047/3-c.pdf');
    // Two folders for one indicator; a damaged but readable PDF.
    await addPdf(ws, 'evidence/014-行政强制/1-a.pdf');
    await addPdf(ws, 'evidence/014/2-b.pdf');
    copy('broken-junk-before-header.pdf', 'evidence/015/1-修复.pdf');
    // Claims: 政务服务科 says 2 and 3 are done; only 3 is complete.
    edit(ws, 'assignments/zhengwu-fuwu.yaml', /("2":\n {4}status: )未完成/, '$1已完成');
    edit(ws, 'assignments/zhengwu-fuwu.yaml', /("3":\n {4}status: )未完成/, '$1已完成');
    // 0.02 MB: the corpus's small encrypted files fit, an 80 KB file does not.
    edit(ws, 'ledger.yaml', 'max_pdf_mb: 100', 'max_pdf_mb: 0.02');
    copy('text-google-docs.pdf', 'evidence/010/1-大文件.pdf');
    ({ code, report } = await checkJson(ws));
  });

  it('exits 1', () => expect(code).toBe(1));

  it('maps files to materials by prefix, subfolder, circled numbers and 1+3', () => {
    expect(missing(report, '2')).toEqual([2]);
    expect(missing(report, '3')).toEqual([]);
    expect(report.diagnostics.find((d) => d.code === 'material-missing' && d.indicator === '2')).toMatchObject({
      file: 'evidence/002',
      material: 2,
      unit: 'zhengwu-fuwu',
    });
    expect(report.diagnostics.find((d) => d.code === 'material-missing' && d.indicator === '2')!.message).toContain(
      '取消非行政许可审批事项及不符合行政许可法规定审批事项的佐证材料',
    );
  });

  it('flags a 已完成 claim without evidence, at the status line', () => {
    const claims = report.diagnostics.filter((d) => d.code === 'claim-without-evidence');
    expect(claims).toEqual([expect.objectContaining({ indicator: '2', unit: 'zhengwu-fuwu', file: 'assignments/zhengwu-fuwu.yaml' })]);
    expect(claims[0]!.line).toBeGreaterThan(5);
  });

  it('judges broken, encrypted and fake PDFs by content', () => {
    expect(codesAt(report, 'evidence/004/1-加密.pdf')).toEqual(['pdf-encrypted']);
    expect(codesAt(report, 'evidence/004/2-限制.pdf')).toEqual(['pdf-restricted']);
    expect(codesAt(report, 'evidence/010/1-大文件.pdf')).toEqual(['pdf-too-large']);
    expect(at(report, 'evidence/010/1-大文件.pdf')[0]!.message).toContain('超过上限');
    expect(missing(report, '10')).toEqual([1, 2, 3]);
    expect(codesAt(report, 'evidence/004/3-假的.pdf')).toEqual(['file-not-pdf']);
    expect(codesAt(report, 'evidence/004/3-空.pdf')).toEqual(['pdf-empty']);
    expect(codesAt(report, 'evidence/004/3-无页.pdf')).toEqual(['pdf-no-pages']);
    expect(codesAt(report, 'evidence/004/3-损坏.pdf')).toContain('file-not-pdf');
    expect(codesAt(report, 'evidence/004/3-说明.docx')).toEqual(['file-not-pdf']);
    // The restricted PDF is valid evidence (a warning); nothing valid covers material 3.
    expect(missing(report, '4')).toEqual([1, 3]);
  });

  it('flags naming problems', () => {
    expect(codesAt(report, 'evidence/005/说明材料.pdf')).toEqual(['file-unassigned']);
    expect(codesAt(report, 'evidence/005/2019年总结.pdf')).toEqual(['file-unassigned']);
    expect(at(report, 'evidence/005/7-不存在的材料.pdf').find((d) => d.code === 'material-unknown')).toMatchObject({ material: 7 });
    expect(codesAt(report, 'evidence/005/1-a:b.pdf')).toContain('filename-unsafe');
    expect(codesAt(report, 'evidence/005/1-尾点.pdf.')).toContain('filename-unsafe');
    expect(codesAt(report, `evidence/005/1-${'a'.repeat(151)}.pdf`)).toContain('filename-unsafe');
    expect(codesAt(report, 'evidence/005/2-cafe\u0301.pdf')).toContain('filename-not-nfc');
  });

  it('flags confidentiality markings in names and metadata, not negations', () => {
    expect(codesAt(report, 'evidence/006/1-机密文件.pdf')).toContain('confidential-marking');
    expect(at(report, 'evidence/006/1-元数据.pdf').find((d) => d.code === 'confidential-marking')!.message).toContain('元数据');
    expect(codesAt(report, 'evidence/006/1-不涉密承诺书.pdf')).not.toContain('confidential-marking');
  });

  it('warns about evidence dated before evidence_since, from the name or the metadata', () => {
    expect(codesAt(report, 'evidence/006/1-2017年旧文件.pdf')).toContain('evidence-too-old');
    expect(at(report, 'evidence/006/1-旧元数据.pdf').find((d) => d.code === 'evidence-too-old')!.message).toContain('2016-05-01');
    expect(codesAt(report, 'evidence/006/1-不涉密承诺书.pdf')).not.toContain('evidence-too-old');
  });

  it('suggests same_as for duplicate content and reports symlinks without following them', () => {
    expect(at(report, 'evidence/007/2-副本.pdf').find((d) => d.code === 'duplicate-content')).toMatchObject({ severity: 'warning' });
    expect(at(report, 'evidence/007/3-外链.pdf')).toEqual([expect.objectContaining({ code: 'symlink', severity: 'error' })]);
    expect(at(report, 'evidence/007/3-内链.pdf')).toEqual([expect.objectContaining({ code: 'symlink', severity: 'warning' })]);
    expect(missing(report, '7')).toEqual([3]);
  });

  it('honours index.yaml exceptions and reports bad ones', () => {
    expect(missing(report, '11')).toEqual([]);
    expect(codesAt(report, 'evidence/011/2-涉密件.pdf')).toContain('secret-file-present');
    expect(report.diagnostics.find((d) => d.code === 'exception-invalid')).toMatchObject({
      file: 'evidence/011/index.yaml',
      material: 5,
      line: 8,
    });
    expect(report.diagnostics.find((d) => d.code === 'same-as-invalid')).toMatchObject({
      file: 'evidence/012/index.yaml',
      indicator: '12',
      line: 2,
    });
    expect(missing(report, '12')).toEqual([1]);
  });

  it('counts a 情况说明 source as evidence and warns past 600 characters', () => {
    expect(at(report, 'evidence/013/1-情况说明.md')).toEqual([
      expect.objectContaining({ code: 'statement-too-long', severity: 'warning' }),
    ]);
    expect(at(report, 'evidence/013/1-情况说明.md')[0]!.message).toContain('601');
    expect(at(report, 'evidence/013/2-情况说明.md')).toEqual([]);
    expect(missing(report, '13')).toEqual([3]);
  });

  it('reports stray files and folders of indicators that take no evidence; merged cells share a folder', () => {
    expect(codesAt(report, 'evidence/随便.pdf')).toContain('file-unassigned');
    expect(report.diagnostics.find((d) => d.code === 'evidence-folder-unknown')).toMatchObject({ file: 'evidence/073' });
    expect(missing(report, '47')).toEqual([]);
    expect(missing(report, '48')).toEqual([]);
  });

  it('reports two folders for one indicator and still counts both', () => {
    expect(report.diagnostics.find((d) => d.code === 'evidence-folder-duplicate')).toMatchObject({ indicator: '14' });
    expect(missing(report, '14')).toEqual([]);
  });

  it('warns about a PDF readers must repair, and counts it', () => {
    expect(at(report, 'evidence/015/1-修复.pdf')).toEqual([expect.objectContaining({ code: 'pdf-repaired', severity: 'warning' })]);
    expect(missing(report, '15')).not.toContain(1);
  });

  it('summarises per unit and overall', () => {
    expect(report.summary.units['zhengwu-fuwu']).toMatchObject({ indicators: 7 });
    expect(report.summary.units['zhengwu-fuwu']!.covered).toBeGreaterThanOrEqual(8);
    expect(report.summary.complete).toBeGreaterThanOrEqual(4);
    expect(report.summary.materials.required).toBe(258);
  });
});
