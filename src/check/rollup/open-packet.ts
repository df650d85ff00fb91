import { readPacket, type PacketFault } from '../../load/rollup/read-packet.js';
import { PACKET_ENTRIES, SIGNATURE_NAMESPACE, type PacketHeader } from '../../model/packet.js';
import { sshVerify } from '../../util/ssh-signature.js';
import { verifyPacketEntries, type PacketProblem } from './verify-packet.js';

/** A problem of the signature, or the packet's own (verify-packet.ts). */
export type OpenProblem =
  PacketProblem | { kind: 'unsigned'; entry: string; detail: string } | { kind: 'signature-bad'; entry: string; detail: string };

export type SignatureState = { state: 'none' } | { state: 'unchecked' } | { state: 'valid'; signer: string } | { state: 'ssh-missing' };

export type OpenedPacket =
  | { fault: PacketFault; entry: string | null; detail: string }
  | {
      header: PacketHeader | null;
      entries: Map<string, Buffer>;
      /** the JSON entries verification already parsed, by name */
      parsed: Map<string, unknown>;
      problems: OpenProblem[];
      signature: SignatureState;
    };

/**
 * Read a packet file and judge it: zip structure under caps, packet.json, every hash; with an
 * allowed-signers file, the signature over packet.json (required then).
 */
export async function openPacket(file: string, allowedSigners?: string): Promise<OpenedPacket> {
  const read = await readPacket(file);
  if ('fault' in read) return read;
  const verdict = verifyPacketEntries(read.entries);
  const problems: OpenProblem[] = [...verdict.problems];
  const sig = read.entries.get(PACKET_ENTRIES.signature);
  let signature: SignatureState = sig ? { state: 'unchecked' } : { state: 'none' };
  if (allowedSigners !== undefined) {
    const body = read.entries.get(PACKET_ENTRIES.packet);
    if (!sig || !body) problems.push({ kind: 'unsigned', entry: PACKET_ENTRIES.signature, detail: '' });
    else {
      const checked = sshVerify(body, sig, allowedSigners, SIGNATURE_NAMESPACE);
      if (checked.ok) signature = { state: 'valid', signer: checked.signer ?? '' };
      else if (checked.missing) signature = { state: 'ssh-missing' };
      else problems.push({ kind: 'signature-bad', entry: PACKET_ENTRIES.signature, detail: checked.detail.split('\n')[0] ?? '' });
    }
  }
  return { header: verdict.header, entries: read.entries, parsed: verdict.parsed ?? new Map(), problems, signature };
}
