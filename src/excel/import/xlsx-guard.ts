import zlib from 'node:zlib';

/**
 * What a workbook may be before a spreadsheet library is let near it. A real monthly ledger is
 * under 100 KB (about 140 KB of XML once unpacked); these limits leave room for pasted photos and
 * a hundred times that much text, and keep a crafted file (a zip bomb: 2 MB that unpacks to
 * gigabytes) from costing more than a fraction of a second. README "导入的限制" names them.
 */
export const XLSX_LIMITS = {
  /** the .xlsx file itself */
  fileMb: 20,
  /** one part (a sheet, the shared strings…) unpacked; pictures (xl/media/) are exempt */
  partMb: 5,
  /** all parts unpacked together, pictures included */
  totalMb: 50,
  /** unpacked : packed, for parts over 1 MB (XML packs 5–20 : 1; deflate cannot exceed about 1,030 : 1) */
  ratio: 100,
  /** parts in the zip */
  entries: 1000,
} as const;

const MB = 1024 * 1024;

export type XlsxRefusal =
  | { kind: 'too-big'; mb: number }
  | { kind: 'old-format' }
  | { kind: 'not-zip' }
  | { kind: 'part-too-big'; part: string }
  | { kind: 'ratio'; part: string; ratio: number }
  | { kind: 'damaged' };

interface Entry {
  name: string;
  method: number;
  flags: number;
  packed: number;
  unpacked: number;
  offset: number;
}

/** The central directory, read from the end of the file (the zip's own index), or null when there is none. */
function centralDirectory(buf: Buffer): Entry[] | null {
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  // ZIP64 (more than 65,535 parts or 4 GB): no spreadsheet program writes one for a form like this.
  if (count === 0xffff || offset === 0xffffffff) return [];
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return [];
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      packed: buf.readUInt32LE(at + 20),
      unpacked: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (entries.length > XLSX_LIMITS.entries) return entries;
  }
  return entries;
}

const isPicture = (name: string): boolean => /^xl\/(?:media|embeddings)\//i.test(name);

/**
 * Check a workbook's bytes: the zip directory first (declared sizes), then every part really
 * unpacked with a cap, so a directory that lies costs no more than the cap. Returns the unpacked
 * `xl/workbook.xml`, or why the file is refused.
 */
export function guardXlsx(buf: Buffer): { workbookXml: string } | XlsxRefusal {
  if (buf.length > XLSX_LIMITS.fileMb * MB) return { kind: 'too-big', mb: Math.ceil(buf.length / MB) };
  // The OLE2 signature: Excel 97–2003 .xls, WPS .et, or an .xlsx with an open password.
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) return { kind: 'old-format' };
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return { kind: 'not-zip' };
  const entries = centralDirectory(buf);
  if (!entries || entries.length === 0 || entries.length > XLSX_LIMITS.entries) return { kind: 'damaged' };

  let total = 0;
  let workbookXml: string | null = null;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    // Encrypted parts, other compression methods and ZIP64 sizes: not a workbook a spreadsheet program saved.
    if (e.flags & 1 || (e.method !== 0 && e.method !== 8) || e.unpacked === 0xffffffff || e.packed === 0xffffffff)
      return { kind: 'damaged' };
    const partCap = isPicture(e.name) ? XLSX_LIMITS.totalMb * MB : XLSX_LIMITS.partMb * MB;
    if (e.unpacked > partCap) return { kind: 'part-too-big', part: e.name };
    if (e.unpacked > MB && e.unpacked / Math.max(1, e.packed) > XLSX_LIMITS.ratio)
      return { kind: 'ratio', part: e.name, ratio: Math.round(e.unpacked / Math.max(1, e.packed)) };
    total += e.unpacked;
    if (total > XLSX_LIMITS.totalMb * MB) return { kind: 'part-too-big', part: e.name };

    const local = e.offset;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return { kind: 'damaged' };
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + e.packed > buf.length) return { kind: 'damaged' };
    const packed = buf.subarray(start, start + e.packed);
    let data: Buffer;
    try {
      // One byte over the declared size is enough to know the directory lied.
      data = e.method === 0 ? packed : zlib.inflateRawSync(packed, { maxOutputLength: Math.min(partCap, e.unpacked + 1) || 1 });
    } catch {
      return { kind: 'damaged' };
    }
    if (data.length !== e.unpacked) return { kind: 'damaged' };
    if (e.name === 'xl/workbook.xml') workbookXml = data.toString('utf8');
  }
  if (workbookXml === null) return { kind: 'damaged' };
  return { workbookXml };
}

/**
 * Sheet names a spreadsheet program can have written (at most 31 characters, none of `*?:/\[]`):
 * anything else is a crafted file, and the library would complain about it on the terminal.
 */
export function sheetNamesPlausible(workbookXml: string): boolean {
  const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  try {
    for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)) {
      const name = m[1]!
        .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&(lt|gt|quot|apos|amp);/g, (_, n: string) => entities[n]!);
      if (name === '' || name.length > 31 || /[*?:/\\[\]]/.test(name)) return false;
    }
    return true;
  } catch {
    return false; // a character reference no program writes
  }
}
