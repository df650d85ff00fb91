import fs from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** Caps a packet must stay under: a packet is JSON (PDFs only with --with-bundles). */
export const PACKET_LIMITS = { fileMb: 512, entries: 2000, entryMb: 256, totalMb: 1024, ratio: 200 } as const;
const MB = 1024 * 1024;

export type PacketFault =
  | 'unreadable'
  | 'too-big'
  | 'not-zip'
  | 'directory'
  | 'too-many-entries'
  | 'entry-too-big'
  | 'ratio'
  | 'duplicate'
  | 'unsafe-name'
  | 'encrypted'
  | 'damaged';

export type ReadPacket = { entries: Map<string, Buffer> } | { fault: PacketFault; entry: string | null; detail: string };

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** An entry name a packet never has: absolute, `..`, backslashes, control characters. */
const unsafeName = (name: string): boolean =>
  name.startsWith('/') || name.includes('\\') || name.split('/').includes('..') || /[\u0000-\u001f]/.test(name);

/**
 * Every entry of a packet file, unpacked with yauzl under the caps: the directory is judged before
 * anything is unpacked, and yauzl stops an entry the moment it unpacks past its declared size.
 */
export async function readPacket(file: string): Promise<ReadPacket> {
  let buf: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > PACKET_LIMITS.fileMb * MB) return { fault: 'too-big', entry: null, detail: `${Math.ceil(size / MB)} MB` };
    buf = fs.readFileSync(file);
  } catch (e) {
    return { fault: 'unreadable', entry: null, detail: (e as NodeJS.ErrnoException).code ?? message(e) };
  }
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return { fault: 'not-zip', entry: null, detail: '' };
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true });
  } catch (e) {
    return { fault: 'directory', entry: null, detail: message(e) };
  }
  try {
    if (zip.entryCount > PACKET_LIMITS.entries) return { fault: 'too-many-entries', entry: null, detail: String(zip.entryCount) };
    const entries = new Map<string, Buffer>();
    let total = 0;
    let name: string | null = null;
    const it = zip.eachEntry();
    for (;;) {
      let entry: yauzl.Entry;
      try {
        const next = await it.next();
        if (next.done) break;
        entry = next.value;
      } catch (e) {
        return { fault: 'directory', entry: name, detail: message(e) };
      }
      name = entry.fileName;
      if (name.endsWith('/')) continue;
      if (unsafeName(name)) return { fault: 'unsafe-name', entry: name, detail: name };
      if (entries.has(name)) return { fault: 'duplicate', entry: name, detail: name };
      if (entry.uncompressedSize > PACKET_LIMITS.entryMb * MB)
        return { fault: 'entry-too-big', entry: name, detail: String(entry.uncompressedSize) };
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > MB && ratio > PACKET_LIMITS.ratio)
        return { fault: 'ratio', entry: name, detail: String(Math.round(ratio)) };
      total += entry.uncompressedSize;
      if (total > PACKET_LIMITS.totalMb * MB) return { fault: 'entry-too-big', entry: name, detail: `${Math.ceil(total / MB)} MB` };
      if (entry.isEncrypted()) return { fault: 'encrypted', entry: name, detail: name };
      try {
        entries.set(name, await readAll(await zip.openReadStreamPromise(entry)));
      } catch (e) {
        return { fault: 'damaged', entry: name, detail: message(e) };
      }
    }
    return { entries };
  } finally {
    if (zip.isOpen) zip.close();
  }
}
