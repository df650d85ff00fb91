import { createHash } from 'node:crypto';
import yazl from 'yazl';
import { PACKET_ENTRIES, PACKET_FORMAT, type PacketHeader } from '../../model/packet.js';
import type { OrgSnapshot } from '../../model/rollup-source.js';

/** Every zip entry gets this time: the same workspace gives the same bytes (DOS times start in 1980). */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

const json = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** The entries of a packet, packet.json included, by name. */
export function packetEntries(
  snapshot: OrgSnapshot,
  texts: { status: string; check: string },
  extra: ReadonlyMap<string, Buffer> = new Map(),
): Map<string, Buffer> {
  const body = new Map<string, Buffer>([
    [PACKET_ENTRIES.status, Buffer.from(texts.status, 'utf8')],
    [PACKET_ENTRIES.check, Buffer.from(texts.check, 'utf8')],
    [
      PACKET_ENTRIES.coverage,
      json({ totals: snapshot.totals, units: snapshot.units, findings: snapshot.findings, indicators: snapshot.indicators }),
    ],
    [PACKET_ENTRIES.manifest, json({ files: snapshot.files })],
    ...extra,
  ]);
  const names = [...body.keys()].sort();
  const header: PacketHeader = {
    format: PACKET_FORMAT,
    organization: snapshot.organization,
    generated: snapshot.generated,
    catalog: snapshot.catalog,
    tool: snapshot.tool,
    commit: snapshot.commit,
    commitDate: snapshot.commitDate,
    monthlyDueDay: snapshot.monthlyDueDay,
    countedBy: snapshot.countedBy,
    entries: names.map((name) => ({ name, size: body.get(name)!.length, sha256: sha256(body.get(name)!) })),
  };
  return new Map([[PACKET_ENTRIES.packet, json(header)], ...names.map((n) => [n, body.get(n)!] as const)]);
}

/** The zip: packet.json first, then the rest in name order, every entry with the same time and mode. */
export async function packetZip(entries: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const names = [...entries.keys()].sort((a, b) =>
    a === PACKET_ENTRIES.packet ? -1 : b === PACKET_ENTRIES.packet ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  for (const name of names)
    zip.addBuffer(entries.get(name)!, name, { mtime: FIXED_MTIME, mode: 0o100644, compress: !name.endsWith('.pdf') });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `<organisation>-<YYYY-MM-DD>.ledger.zip`, the organisation's name made safe for every file system. */
export function packetFileName(organization: string, day: string): string {
  const safe = organization.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'ledger';
  return `${safe}-${day}.ledger.zip`;
}
