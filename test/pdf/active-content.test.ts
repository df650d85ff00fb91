import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { activeContentFindings } from '../../src/check/evidence/active-content-rule.js';
import { tempDir, writeTemp } from './make-pdf.js';
import { ACTIVE_ANNOTATIONS, SAFE_LINKS, pdfWithAnnotations } from './shapes.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('active content in evidence', () => {
  it.each(Object.entries(ACTIVE_ANNOTATIONS))('names %s', async (name, [annotation, kind]) => {
    const p = await inspectPdf(writeTemp(dir, `${name}.pdf`, pdfWithAnnotations([...SAFE_LINKS, annotation])));
    expect(p).toMatchObject({ pages: 1, damage: 'none', activeContent: [kind] });
  });

  it('names a page-open script (/AA on the page)', async () => {
    const p = await inspectPdf(writeTemp(dir, 'page-aa.pdf', pdfWithAnnotations(SAFE_LINKS, { pageScript: true })));
    expect(p.activeContent).toEqual(['javascript']);
  });

  it('says nothing of internal links and https links', async () => {
    const p = await inspectPdf(writeTemp(dir, 'safe.pdf', pdfWithAnnotations(SAFE_LINKS)));
    expect(p).toMatchObject({ pages: 1, damage: 'none' });
    expect(p.activeContent).toBeUndefined();
  });

  it('check reports it as one pdf-active-content warning listing the kinds', async () => {
    const all = Object.values(ACTIVE_ANNOTATIONS).map(([a]) => a);
    const p = await inspectPdf(writeTemp(dir, 'all.pdf', pdfWithAnnotations(all, { pageScript: true })));
    const found = activeContentFindings(p, { file: 'evidence/009/1-x.pdf' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'pdf-active-content', severity: 'warning' });
    expect(String(found[0]!.args.kinds).split(',')).toEqual([
      'file-attachment',
      'import-data',
      'javascript',
      'javascript-uri',
      'launch',
      'remote-goto',
      'rendition',
      'submit-form',
    ]);
  });
});
