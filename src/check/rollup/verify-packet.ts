import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { PACKET_ENTRIES, packetCoverageSchema, packetHeaderSchema, packetManifestSchema, type PacketHeader } from '../../model/packet.js';

/** One way a packet differs from what its packet.json says (or from the format). */
export interface PacketProblem {
  kind: 'no-header' | 'header-invalid' | 'entry-missing' | 'entry-unlisted' | 'size-differs' | 'hash-differs' | 'content-invalid';
  entry: string;
  detail: string;
}

export type PacketVerdict =
  | { header: PacketHeader; problems: PacketProblem[]; parsed: Map<string, unknown> }
  | { header: null; problems: PacketProblem[]; parsed?: undefined };

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function parseJson(data: Buffer): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(data.toString('utf8')) as unknown };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const firstIssue = (e: z.ZodError): string => {
  const i = e.issues[0];
  return i ? `${i.path.join('.') || '(root)'}: ${i.message}` : 'invalid';
};

/** JSON entries whose shape the roll-up relies on, checked against their schemas. */
const SHAPED: [string, z.ZodType][] = [
  [PACKET_ENTRIES.coverage, packetCoverageSchema],
  [PACKET_ENTRIES.manifest, packetManifestSchema],
];

/**
 * Judge a packet's entries: packet.json against its schema, every entry it lists present with the
 * size and SHA-256 it says, nothing unlisted (but the signature), the JSON entries the roll-up reads
 * in shape. Pure; the signature is verified by the caller (ssh-keygen).
 */
export function verifyPacketEntries(entries: ReadonlyMap<string, Buffer>): PacketVerdict {
  const raw = entries.get(PACKET_ENTRIES.packet);
  if (!raw) return { header: null, problems: [{ kind: 'no-header', entry: PACKET_ENTRIES.packet, detail: '' }] };
  const parsed = parseJson(raw);
  if ('error' in parsed)
    return { header: null, problems: [{ kind: 'header-invalid', entry: PACKET_ENTRIES.packet, detail: parsed.error }] };
  const header = packetHeaderSchema.safeParse(parsed.value);
  if (!header.success)
    return { header: null, problems: [{ kind: 'header-invalid', entry: PACKET_ENTRIES.packet, detail: firstIssue(header.error) }] };

  const problems: PacketProblem[] = [];
  const parsedEntries = new Map<string, unknown>();
  const listed = new Set<string>();
  for (const e of header.data.entries) {
    listed.add(e.name);
    const data = entries.get(e.name);
    if (!data) problems.push({ kind: 'entry-missing', entry: e.name, detail: '' });
    else if (data.length !== e.size) problems.push({ kind: 'size-differs', entry: e.name, detail: `${e.size} → ${data.length}` });
    else if (sha256(data) !== e.sha256)
      problems.push({ kind: 'hash-differs', entry: e.name, detail: `${e.sha256.slice(0, 12)} → ${sha256(data).slice(0, 12)}` });
  }
  for (const name of entries.keys())
    if (name !== PACKET_ENTRIES.packet && name !== PACKET_ENTRIES.signature && !listed.has(name))
      problems.push({ kind: 'entry-unlisted', entry: name, detail: '' });
  for (const [name, schema] of SHAPED) {
    const data = entries.get(name);
    if (!data) {
      if (!listed.has(name)) problems.push({ kind: 'entry-missing', entry: name, detail: '' });
      continue;
    }
    const json = parseJson(data);
    const ok = 'error' in json ? { success: false as const, detail: json.error } : schema.safeParse(json.value);
    if (ok.success) parsedEntries.set(name, ok.data);
    if (!ok.success) problems.push({ kind: 'content-invalid', entry: name, detail: 'detail' in ok ? ok.detail : firstIssue(ok.error) });
  }
  return { header: header.data, problems, parsed: parsedEntries };
}
