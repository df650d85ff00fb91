import yazl from 'yazl';
import { readXlsxParts } from '../import/xlsx-guard.js';

const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * exceljs stamps every zip entry with the clock; the same roll-up must give the same bytes, so the
 * workbook is re-zipped, parts in their order, every entry with one fixed time.
 */
export async function withFixedZipTimes(xlsx: Uint8Array): Promise<Uint8Array> {
  const read = await readXlsxParts(Buffer.from(xlsx), () => true);
  if (!('parts' in read)) return xlsx;
  const zip = new yazl.ZipFile();
  for (const name of read.names) zip.addBuffer(read.parts.get(name)!, name, { mtime: FIXED_MTIME, mode: 0o100644 });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
