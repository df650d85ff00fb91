import { describe, expect, it } from 'vitest';
import { pdfDateToIso } from '../../src/pdf/syntax/pdf-date.js';
import { decodeTextString } from '../../src/pdf/syntax/text-decoding.js';

describe('pdfDateToIso', () => {
  it.each([
    ["D:20240131120000+08'00'", '2024-01-31T12:00:00+08:00'],
    ["D:20240131120000+08'00", '2024-01-31T12:00:00+08:00'],
    ['D:20240131120000Z', '2024-01-31T12:00:00Z'],
    ["D:19991231235959-05'30'", '1999-12-31T23:59:59-05:30'],
    ['D:2024', '2024-01-01T00:00:00'],
    ['D:202402', '2024-02-01T00:00:00'],
    ['20240131', '2024-01-31T00:00:00'],
  ])('%s → %s', (input, expected) => {
    expect(pdfDateToIso(input)).toBe(expected);
  });

  it.each(['', 'yesterday', 'D:20241340', 'D:20240131256000'])('rejects %j', (input) => {
    expect(pdfDateToIso(input)).toBeUndefined();
  });
});

describe('decodeTextString', () => {
  it('reads UTF-16BE with a byte-order mark, including surrogate pairs', () => {
    expect(decodeTextString(Buffer.from('feff6d895bc6d840dc00', 'hex'))).toBe('涉密𠀀');
  });

  it('reads UTF-8 with a byte-order mark (PDF 2.0)', () => {
    expect(decodeTextString(Buffer.from('\ufeff秘密', 'utf8'))).toBe('秘密');
  });

  it('maps the PDFDocEncoding specials', () => {
    expect(decodeTextString(Buffer.from([0x18, 0x80, 0x92, 0xa0]))).toBe('˘•™€');
  });

  it('keeps plain ASCII and drops trailing NULs', () => {
    expect(decodeTextString(Buffer.from('Report 2024\0\0', 'latin1'))).toBe('Report 2024');
  });

  it('does not mistake Latin-1 accents for GBK', () => {
    expect(decodeTextString(Buffer.from('Résumé', 'latin1'))).toBe('Résumé');
  });
});
