import { describe, expect, it } from 'vitest';
import { checkEvidence } from '../../../src/check/evidence/check-evidence.js';
import { documentsToInspect } from '../../../src/check/evidence/evidence-files.js';
import { evidenceFile, evidenceTree, inspected, memoryWorkspace } from '../../helpers/memory-workspace.js';

const codes = (r: { diagnostics: { code: string }[] }): string[] => r.diagnostics.map((d) => d.code).sort();

describe('checkEvidence (pure, no folder on disk)', () => {
  const ws = memoryWorkspace([{ unit: 'fagui', indicators: { '30': '已完成' } }]);

  it('covers a material with a valid PDF and reports the rest missing', () => {
    const files = [evidenceFile('evidence/030/1-制度.pdf')];
    const r = checkEvidence(ws, evidenceTree(files), inspected(files));
    const cov = r.coverage.get('30')!;
    expect(cov.materials[0]).toMatchObject({ no: 1, covered: true, by: 'file', files: [{ rel: 'evidence/030/1-制度.pdf', pages: 3 }] });
    expect(cov.complete).toBe(false);
    const missing = r.diagnostics.filter((d) => d.code === 'material-missing' && d.indicator === '30').map((d) => d.material);
    expect(missing).toEqual(cov.materials.filter((m) => !m.covered).map((m) => m.no));
    // 已完成 in the ledger while materials are missing
    expect(codes(r)).toContain('claim-without-evidence');
  });

  it('a file with an error never counts: an encrypted PDF covers nothing', () => {
    const files = [evidenceFile('evidence/030/1-制度.pdf')];
    const r = checkEvidence(ws, evidenceTree(files), inspected(files, { 'evidence/030/1-制度.pdf': { encryption: 'open-password' } }));
    expect(codes(r)).toContain('pdf-encrypted');
    expect(r.coverage.get('30')!.materials[0]!.covered).toBe(false);
  });

  it('names what a non-PDF really is from its first bytes', () => {
    const files = [evidenceFile('evidence/030/1-制度.pdf')];
    const r = checkEvidence(ws, evidenceTree(files), inspected(files, { 'evidence/030/1-制度.pdf': { isPdf: false } }));
    const d = r.diagnostics.find((x) => x.code === 'file-not-pdf')!;
    expect(d.args.kind).toBe('zip/docx/xlsx');
  });

  it('same content twice: the later copy points at the first', () => {
    const files = [evidenceFile('evidence/030/1-a.pdf'), evidenceFile('evidence/031/1-b.pdf')];
    const r = checkEvidence(ws, evidenceTree(files), inspected(files, {}, { 'evidence/030/1-a.pdf': 'h', 'evidence/031/1-b.pdf': 'h' }));
    const dup = r.diagnostics.filter((d) => d.code === 'duplicate-content');
    expect(dup.map((d) => [d.file, d.args.other])).toEqual([['evidence/031/1-b.pdf', 'evidence/030/1-a.pdf']]);
  });

  it('exceptions from index.yaml: not_applicable covers, same_as needs a real target file', () => {
    const files = [evidenceFile('evidence/047/1-x.pdf')];
    const tree = evidenceTree(files, {
      '030': new Map([
        [1, { not_applicable: '不涉及' }],
        [2, { same_as: '47/1' }],
        [3, { secret: '涉密' }],
      ]),
      '031': new Map([[1, { same_as: '47/2' }]]),
    });
    const r = checkEvidence(ws, tree, inspected(files));
    const m = r.coverage.get('30')!.materials;
    expect(m[0]).toMatchObject({ covered: true, by: 'not_applicable' });
    expect(m[1]).toMatchObject({ covered: true, by: 'same_as', exception: '47/1' });
    // indicator 30 has two materials: an exception for a third is itself a finding
    expect(r.diagnostics.filter((d) => d.code === 'exception-invalid').map((d) => d.material)).toEqual([3]);
    // 47/2 exists but has no file
    const bad = r.diagnostics.filter((d) => d.code === 'same-as-invalid');
    expect(bad.map((d) => [d.indicator, d.args.target])).toEqual([['31', '47/2']]);
    expect(r.coverage.get('31')!.materials[0]!.covered).toBe(false);
  });

  it('a 情况说明 over the limit is reported; one that could not be read covers nothing', () => {
    const long = evidenceFile('evidence/030/1-情况说明.md', { text: '字'.repeat(601) });
    const unread = evidenceFile('evidence/030/2-情况说明.md', { text: null, readError: 'EACCES' });
    const r = checkEvidence(ws, evidenceTree([long, unread]), inspected([]));
    expect(codes(r)).toContain('statement-too-long');
    const m = r.coverage.get('30')!.materials;
    expect(m[0]!.covered).toBe(true);
    expect(m[1]!.covered).toBe(false);
  });

  it("every document of an evidence folder is inspected; links and merged indicators' folders are not", () => {
    const files = [
      evidenceFile('evidence/030/1-a.pdf'),
      evidenceFile('evidence/031/1-b.pdf'),
      evidenceFile('evidence/030/index.yaml'),
      evidenceFile('evidence/030/2-link.pdf', { symlink: { target: '../x.pdf', outside: false } }),
      evidenceFile('evidence/048/1-c.pdf'),
    ];
    const docs = documentsToInspect(ws, evidenceTree(files));
    expect(docs.map((f) => f.rel)).toEqual(['evidence/030/1-a.pdf', 'evidence/031/1-b.pdf']);
  });

  it("a merged indicator's folder is a finding that says where the files belong; its files cover nothing", () => {
    const files = [evidenceFile('evidence/048/1-c.pdf')];
    const r = checkEvidence(ws, evidenceTree(files), inspected(files));
    const d = r.diagnostics.find((x) => x.code === 'evidence-folder-merged')!;
    expect(d).toMatchObject({ file: 'evidence/048', indicator: '48', args: { owner: '47', folder: '047' } });
    expect(r.coverage.get('47')!.materials[0]!.covered).toBe(false);
    expect(r.coverage.get('48')!.materials).toBe(r.coverage.get('47')!.materials);
  });

  it('a file marked 秘密 in its name is rejected with that finding and covers nothing', () => {
    const files = [evidenceFile('evidence/030/1-秘密文件.pdf')];
    const r = checkEvidence(ws, evidenceTree(files), inspected(files));
    const m = r.coverage.get('30')!.materials[0]!;
    expect(m.covered).toBe(false);
    expect(m.rejected).toEqual([
      { rel: 'evidence/030/1-秘密文件.pdf', code: 'confidential-marking', args: expect.objectContaining({ word: '秘密' }) },
    ]);
    const missing = r.diagnostics.find((d) => d.code === 'material-missing' && d.indicator === '30' && d.material === 1)!;
    expect(missing.args.rejected).toEqual(['1-秘密文件.pdf']);
  });

  it('files in an unnumbered subfolder blame the folder, with a corrected name when one can be known', () => {
    const files = [evidenceFile('evidence/030/新建文件夹/a.pdf'), evidenceFile('evidence/030/材料2 方案.pdf')];
    const r = checkEvidence(ws, evidenceTree(files), inspected(files));
    const un = r.diagnostics.filter((d) => d.code === 'file-unassigned');
    expect(un.map((d) => [d.file, d.args.inFolder, d.args.suggestion])).toEqual([
      ['evidence/030/新建文件夹', 'yes', undefined],
      ['evidence/030/材料2 方案.pdf', 'no', '2-方案.pdf'],
    ]);
  });

  it('a unit that says 不涉及 is told to record not_applicable', () => {
    const na = memoryWorkspace([{ unit: 'fagui', indicators: { '30': '不涉及' } }]);
    const r = checkEvidence(na, evidenceTree([]), inspected([]));
    const d = r.diagnostics.find((x) => x.code === 'material-missing' && x.indicator === '30')!;
    expect(d.args.notApplicableBy).toEqual(['法规科']);
  });
});

describe('images and news links as evidence (pure)', () => {
  const ws = memoryWorkspace([{ unit: 'fagui', indicators: { '30': '未完成' } }]);
  const findings = (r: ReturnType<typeof checkEvidence>, code: string) => r.diagnostics.filter((d) => d.code === code);

  it('a good photo covers its material like a PDF; a small one warns and still counts', () => {
    const files = [evidenceFile('evidence/030/1-现场照片.jpg'), evidenceFile('evidence/030/2-截图.png')];
    const r = checkEvidence(
      ws,
      evidenceTree(files),
      inspected(files, {}, {}, { [files[0]!.rel]: {}, [files[1]!.rel]: { format: 'png', width: 150, height: 900 } }),
    );
    const [m1, m2] = r.coverage.get('30')!.materials;
    expect(m1).toMatchObject({ covered: true, by: 'file', files: [{ rel: files[0]!.rel, pages: null, kind: 'image' }] });
    expect(m2).toMatchObject({ covered: true, by: 'file' });
    expect(findings(r, 'image-small').map((d) => [d.file, d.severity, d.args.width, d.args.min])).toEqual([
      [files[1]!.rel, 'warning', 150, 200],
    ]);
    expect(findings(r, 'file-not-pdf')).toEqual([]);
  });

  it('a truncated or unreadable image is an error and covers nothing', () => {
    const files = [evidenceFile('evidence/030/1-照片.jpg'), evidenceFile('evidence/030/2-照片.jpg')];
    const r = checkEvidence(
      ws,
      evidenceTree(files),
      inspected(
        files,
        {},
        {},
        {
          [files[0]!.rel]: { broken: { kind: 'truncated', detail: 'JPEG without its end marker (EOI)' } },
          [files[1]!.rel]: { broken: { kind: 'unreadable', detail: 'JPEG coding not supported in PDF (SOF3, 8-bit)' } },
        },
      ),
    );
    expect(findings(r, 'image-broken').map((d) => d.file)).toEqual([files[0]!.rel]);
    expect(findings(r, 'image-unreadable').map((d) => d.file)).toEqual([files[1]!.rel]);
    expect(r.coverage.get('30')!.materials.map((m) => [m.covered, m.rejected[0]?.code])).toEqual([
      [false, 'image-broken'],
      [false, 'image-unreadable'],
    ]);
  });

  it('the content decides: a PNG named .jpg is noted; a PDF named .png and a JPEG named .pdf are errors', () => {
    const files = [evidenceFile('evidence/030/1-a.jpg'), evidenceFile('evidence/030/2-b.png'), evidenceFile('evidence/031/1-c.pdf')];
    const r = checkEvidence(ws, evidenceTree(files), inspected(files, {}, {}, { [files[0]!.rel]: { format: 'png' }, [files[2]!.rel]: {} }));
    expect(findings(r, 'file-extension-mismatch').map((d) => [d.file, d.severity, d.args.ext, d.args.actual])).toEqual([
      [files[0]!.rel, 'info', '.jpg', 'PNG'],
      [files[1]!.rel, 'error', '.png', 'PDF'],
      [files[2]!.rel, 'error', '.pdf', 'JPEG'],
    ]);
    expect(r.coverage.get('30')!.materials.map((m) => m.covered)).toEqual([true, false]);
  });

  it('EXIF date before evidence_since warns (the year in the name wins when there is one); 涉密 in an image name is an error', () => {
    const files = [
      evidenceFile('evidence/030/1-照片.jpg'),
      evidenceFile('evidence/030/2-2020年照片.jpg'),
      evidenceFile('evidence/031/1-机密照片.png'),
    ];
    const r = checkEvidence(
      ws,
      evidenceTree(files),
      inspected(files, {}, {}, Object.fromEntries(files.map((f) => [f.rel, { taken: '2017-03-02' }]))),
    );
    expect(findings(r, 'evidence-too-old').map((d) => [d.file, d.args.date])).toEqual([
      [files[0]!.rel, '2017-03-02'],
      [files[2]!.rel, '2017-03-02'],
    ]);
    expect(findings(r, 'confidential-marking').map((d) => d.file)).toEqual([files[2]!.rel]);
    expect(r.coverage.get('31')!.materials[0]!.covered).toBe(false);
  });

  it('valid news links cover a material alone; bad addresses do not; old dates and duplicates warn', () => {
    const link = (url: string, date = '2024-05-01') => ({ url, title: '报道', date });
    const tree = evidenceTree([], {
      '030': new Map([
        [1, { links: [link('https://www.example.gov.cn/a'), link('https://WWW.example.gov.cn/a#top', '2018-12-31')] }],
        [2, { links: [link('javascript:alert(1)'), link('file:///etc/passwd'), link('not a url')] }],
      ]),
      '031': new Map([[1, { links: [link('http://www.example.gov.cn/a/'), link('https://news.example.com/b')] }]]),
    });
    const r = checkEvidence(ws, tree, inspected([]));
    const [m1, m2] = r.coverage.get('30')!.materials;
    expect(m1).toMatchObject({ covered: true, by: 'link' });
    expect(m1!.links.map((l) => l.url)).toEqual(['https://www.example.gov.cn/a', 'https://WWW.example.gov.cn/a#top']);
    expect(m2).toMatchObject({ covered: false, links: [] });
    expect(findings(r, 'link-invalid').map((d) => [d.material, d.args.reason, d.args.scheme])).toEqual([
      [2, 'scheme', 'javascript'],
      [2, 'scheme', 'file'],
      [2, 'syntax', undefined],
    ]);
    expect(findings(r, 'evidence-too-old').map((d) => [d.indicator, d.args.date])).toEqual([['30', '2018-12-31']]);
    // the same address again in 30/1 (host case, fragment): no same_as to suggest; http vs https is another address
    expect(findings(r, 'link-duplicate').map((d) => [d.indicator, d.args.other, d.args.sameAs])).toEqual([['30', '30/1', undefined]]);
    expect(r.coverage.get('31')!.materials[0]).toMatchObject({ covered: true, by: 'link' });
  });

  it('a dead link (from --online) warns and still counts; a same_as may point at a material covered by links', () => {
    const tree = evidenceTree([], {
      '030': new Map([[1, { links: [{ url: 'https://gone.example.com/x', title: '报道', date: '2024-01-01' }] }]]),
      '031': new Map([[1, { same_as: '30/1' }]]),
    });
    const probes = new Map([['https://gone.example.com/x', { ok: false, reason: 'HTTP 404' }]]);
    const r = checkEvidence(ws, tree, inspected([]), probes);
    expect(findings(r, 'link-dead').map((d) => [d.severity, d.args.reason])).toEqual([['warning', 'HTTP 404']]);
    expect(r.coverage.get('30')!.materials[0]!.covered).toBe(true);
    expect(r.coverage.get('31')!.materials[0]).toMatchObject({ covered: true, by: 'same_as' });
  });
});
