import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

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

/** Why a workbook, or one part of it, cannot be read: the CLI words each (see `import.not-xlsx`). */
export type XlsxFault =
  | 'not-zip'
  | 'directory'
  | 'too-many-parts'
  | 'duplicate'
  | 'encrypted'
  | 'method'
  | 'inflate'
  | 'size'
  | 'damaged'
  | 'missing'
  | 'xml'
  | 'sheet-name'
  | 'content';

export type XlsxRefusal =
  | { kind: 'too-big'; mb: number }
  | { kind: 'old-format' }
  | { kind: 'part-too-big'; part: string }
  | { kind: 'ratio'; part: string; ratio: number }
  /** `part` is the zip entry that failed (null: the file as a whole); `detail` the library's words, for --verbose */
  | { kind: 'unreadable'; part: string | null; fault: XlsxFault; detail: string };

export const unreadable = (part: string | null, fault: XlsxFault, detail: string): XlsxRefusal => ({
  kind: 'unreadable',
  part,
  fault,
  detail,
});

/** Every entry name of the zip, and the unpacked bytes of the ones asked for. */
export interface XlsxParts {
  names: string[];
  parts: Map<string, Buffer>;
}

const isPicture = (name: string): boolean => /^xl\/(?:media|embeddings)\//i.test(name);

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A read error by what it means to the person who saved the file. */
function readFault(e: unknown): XlsxFault {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('Z_')) return 'inflate';
  if (/bytes in the stream/.test(message(e))) return 'size';
  return 'damaged';
}

/**
 * Check a workbook's bytes with a streaming zip reader (yauzl): the zip directory first (declared
 * sizes against the limits), then only the parts `wanted` selects really unpacked; yauzl stops a
 * part the moment it unpacks past its declared size, so a directory that lies costs no more than
 * the cap. Parts nobody reads (pictures, comments, drawings) are never unpacked: a damaged picture
 * does not make the ledger unreadable.
 */
export async function readXlsxParts(buf: Buffer, wanted: (name: string) => boolean): Promise<XlsxParts | XlsxRefusal> {
  if (buf.length > XLSX_LIMITS.fileMb * MB) return { kind: 'too-big', mb: Math.ceil(buf.length / MB) };
  // The OLE2 signature: Excel 97–2003 .xls, WPS .et, or an .xlsx with an open password.
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) return { kind: 'old-format' };
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return unreadable(null, 'not-zip', 'no zip signature at the start');
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (e) {
    return unreadable(null, 'directory', message(e));
  }
  try {
    if (zip.entryCount > XLSX_LIMITS.entries) return unreadable(null, 'too-many-parts', `${zip.entryCount} entries`);
    const names: string[] = [];
    const seen = new Set<string>();
    const parts = new Map<string, Buffer>();
    let total = 0;
    let entry: yauzl.Entry | undefined;
    const entries = zip.eachEntry();
    for (;;) {
      try {
        const next = await entries.next();
        if (next.done) break;
        entry = next.value;
      } catch (e) {
        return unreadable(entry?.fileName ?? null, 'directory', message(e));
      }
      const name = entry.fileName;
      if (name.endsWith('/')) continue;
      // Two parts of one name: programs would disagree about which one the workbook is.
      if (seen.has(name)) return unreadable(name, 'duplicate', 'the name occurs twice in the zip directory');
      seen.add(name);
      names.push(name);
      const partCap = isPicture(name) ? XLSX_LIMITS.totalMb * MB : XLSX_LIMITS.partMb * MB;
      if (entry.uncompressedSize > partCap) return { kind: 'part-too-big', part: name };
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > MB && ratio > XLSX_LIMITS.ratio) return { kind: 'ratio', part: name, ratio: Math.round(ratio) };
      total += entry.uncompressedSize;
      if (total > XLSX_LIMITS.totalMb * MB) return { kind: 'part-too-big', part: name };
      if (!wanted(name)) continue;
      if (entry.isEncrypted()) return unreadable(name, 'encrypted', 'encrypted entry');
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        return unreadable(name, 'method', `compression method ${entry.compressionMethod}`);
      try {
        parts.set(name, await readAll(await zip.openReadStreamPromise(entry)));
      } catch (e) {
        return unreadable(name, readFault(e), message(e));
      }
    }
    return { names, parts };
  } finally {
    if (zip.isOpen) zip.close();
  }
}
