import { FIRST_NON_ASCII, GB2312_LEAD, GB2312_TRAIL, UTF16BE_BOM, UTF16LE_BOM, UTF8_BOM, startsWithBytes } from './bytes.js';

/** PDF text strings → JS strings (ISO 32000-2 §7.9.2.2). */

/** PDFDocEncoding differs from Latin-1 only in 0x18–0x1F and 0x80–0xA0. */
const PDFDOC_HIGH: Record<number, number> = {
  0x18: 0x02d8,
  0x19: 0x02c7,
  0x1a: 0x02c6,
  0x1b: 0x02d9,
  0x1c: 0x02dd,
  0x1d: 0x02db,
  0x1e: 0x02da,
  0x1f: 0x02dc,
  0x80: 0x2022,
  0x81: 0x2020,
  0x82: 0x2021,
  0x83: 0x2026,
  0x84: 0x2014,
  0x85: 0x2013,
  0x86: 0x0192,
  0x87: 0x2044,
  0x88: 0x2039,
  0x89: 0x203a,
  0x8a: 0x2212,
  0x8b: 0x2030,
  0x8c: 0x201e,
  0x8d: 0x201c,
  0x8e: 0x201d,
  0x8f: 0x2018,
  0x90: 0x2019,
  0x91: 0x201a,
  0x92: 0x2122,
  0x93: 0xfb01,
  0x94: 0xfb02,
  0x95: 0x0141,
  0x96: 0x0152,
  0x97: 0x0160,
  0x98: 0x0178,
  0x99: 0x017d,
  0x9a: 0x0131,
  0x9b: 0x0142,
  0x9c: 0x0153,
  0x9d: 0x0161,
  0x9e: 0x017e,
  0x9f: 0xfffd,
  0xa0: 0x20ac,
};

const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * GB18030: GBK's two-byte codes plus the four-byte ones. Node 20's full ICU has it; its 'gbk'
 * decoder rejects the four-byte codes (WHATWG would map 'gbk' to this same decoder).
 */
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function decodeTextString(bytes: Buffer): string {
  let text: string;
  if (startsWithBytes(bytes, UTF16BE_BOM)) text = utf16be(bytes.subarray(2));
  else if (startsWithBytes(bytes, UTF16LE_BOM)) text = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)).toString('utf16le');
  else if (startsWithBytes(bytes, UTF8_BOM)) text = bytes.subarray(3).toString('utf8');
  else text = decodeUnmarked(bytes);
  return withoutTrailingNuls(text);
}

/**
 * Trailing NULs (C writers pad fixed buffers) stripped by a loop: `/\u0000+$/` retries from every
 * NUL of a run that does not end the string, so a million NULs before one other character cost
 * minutes, on a thread no deadline can interrupt.
 */
export function withoutTrailingNuls(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Bytes PDFDocEncoding maps differently from Latin-1 (0x18–0x1F, 0x80–0xA0), as a lookup table. */
const PDFDOC_SPECIAL = new Uint8Array(256);
for (const b of Object.keys(PDFDOC_HIGH)) PDFDOC_SPECIAL[Number(b)] = 1;

/**
 * No byte-order mark means PDFDocEncoding. Some Chinese writers put raw UTF-8 or GBK/GB18030
 * there instead; read those as what they are, so that 机密-style markings are still found.
 */
function decodeUnmarked(bytes: Buffer): string {
  let high = false;
  let special = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= FIRST_NON_ASCII) high = true;
    if (PDFDOC_SPECIAL[b]) special = true;
  }
  if (!high) return special ? pdfDoc(bytes) : bytes.toString('latin1'); // plain ASCII: the usual case
  try {
    return utf8.decode(bytes);
  } catch {
    // not UTF-8
  }
  if (looksLikeGbk(bytes)) return gb18030.decode(bytes);
  return special ? pdfDoc(bytes) : bytes.toString('latin1');
}

/** Latin-1 but for the PDFDocEncoding specials, built as UTF-16 code units in one buffer (long strings exist). */
function pdfDoc(bytes: Buffer): string {
  const units = Buffer.allocUnsafe(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) units.writeUInt16LE(PDFDOC_HIGH[bytes[i]!] ?? bytes[i]!, i * 2);
  return units.toString('utf16le');
}

/**
 * GBK is assumed only when the bytes decode as GB18030 and at least half of the multi-byte
 * characters lie in the GB2312 rows (both bytes A1–FE), as common Chinese text does. Latin text
 * with accents does not: a lone é (E9) before an ASCII letter is a valid GBK pair, but one of the
 * extended rows (as 機, 99 43, is), so "Müller" or "Résumé" stay PDFDocEncoding while "機密"
 * (one extended pair, one GB2312 pair) reads as Chinese.
 */
function looksLikeGbk(bytes: Buffer): boolean {
  try {
    gb18030.decode(bytes);
  } catch {
    return false;
  }
  let gb2312 = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < FIRST_NON_ASCII) continue;
    const trail = bytes[i + 1] ?? 0;
    const fourByte = trail >= 0x30 && trail <= 0x39;
    if (isGb2312(lead, trail)) gb2312++;
    else other++;
    i += fourByte ? 3 : 1;
  }
  return gb2312 > 0 && gb2312 >= other;
}

function isGb2312(lead: number, trail: number): boolean {
  return lead >= GB2312_LEAD.first && lead <= GB2312_LEAD.last && trail >= GB2312_TRAIL.first && trail <= GB2312_TRAIL.last;
}

function utf16be(bytes: Buffer): string {
  const even = Buffer.from(bytes.subarray(0, bytes.length & ~1)); // a copy: swap16 works in place
  return even.swap16().toString('utf16le');
}
