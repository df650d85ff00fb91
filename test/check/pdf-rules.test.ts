import { describe, expect, it } from 'vitest';
import { pdfFindings, yearInName } from '../../src/check/evidence/pdf-rules.js';
import { renderDiagnostic } from '../../src/i18n/diagnostic-messages.js';
import type { PdfInspection } from '../../src/pdf/index.js';

describe('evidence dates from file names', () => {
  it('reads the latest year a name mentions', () => {
    expect(yearInName('2018年工作总结.pdf')).toBe(2018);
    expect(yearInName('2018-2021年规划.pdf')).toBe(2021);
    expect(yearInName('第20181号.pdf')).toBeUndefined();
  });
});

const CLEAN: PdfInspection = { isPdf: true, empty: false, pages: 3, encryption: 'none', damage: 'none', info: {} };
const RULES = { maxBytes: 50 * 1048576, evidenceSince: '2019-01-01' };
const codes = (p: PdfInspection): string[] => pdfFindings(p, 1000, '1-x.pdf', RULES, {}).diagnostics.map((d) => d.code);

describe('PDF findings', () => {
  it('names the limit a file reached instead of calling it corrupt', () => {
    const [d, ...rest] = pdfFindings(
      { ...CLEAN, pages: null, damage: 'fatal', limit: 'decodedBytes' },
      1000,
      '1-x.pdf',
      RULES,
      {},
    ).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'pdf-too-complex', severity: 'error', args: { limit: 'decodedBytes', figure: '256' } });
    expect(renderDiagnostic(d!, 'zh')).toContain('解码的数据超过 256 MB');
    expect(renderDiagnostic(d!, 'en')).toContain('more than 256 MB of decoded data');
  });

  it('says the time limit, not "not a PDF", for a file whose worker was stopped', () => {
    expect(codes({ ...CLEAN, isPdf: false, pages: null, damage: 'fatal', limit: 'seconds' })).toEqual(['pdf-too-complex']);
  });

  it('warns when only the attachments need a password', () => {
    expect(codes({ ...CLEAN, attachmentsEncrypted: true })).toEqual(['pdf-attachments-encrypted']);
  });

  it.each([
    ['the author', { info: { author: '张三（机密）' } }],
    ['the creator', { info: { creator: '绝密 Writer' } }],
    ['any other metadata text (XMP, custom Info keys)', { metadataText: ['秘密★'] }],
    ['Traditional characters', { info: { keywords: '機密' } }],
    ['a zero-width space inside the word', { metadataText: ['涉\u200b密'] }],
    ['the ㊙ seal', { info: { subject: '㊙' } }],
  ])('finds a marking in %s', (_where, extra) => {
    expect(codes({ ...CLEAN, ...extra })).toContain('confidential-marking');
  });

  it('takes negations as such in metadata too', () => {
    expect(codes({ ...CLEAN, info: { title: '不涉密承诺书' }, metadataText: ['非涉密人员'] })).toEqual([]);
  });
});
