import { PACKET_ENTRIES, packetCoverageSchema, packetManifestSchema, type PacketHeader } from '../../model/packet.js';
import type { OrgSnapshot, SnapshotUnit } from '../../model/rollup-source.js';

const parse = (data: Buffer | undefined): unknown => (data ? (JSON.parse(data.toString('utf8')) as unknown) : null);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The unit lines of status.json (`status --format json`). */
function unitsOf(status: unknown): SnapshotUnit[] {
  const units = obj(status).units;
  return (Array.isArray(units) ? units : []).map((raw) => {
    const u = obj(raw);
    return {
      id: str(u.id),
      name: str(u.name),
      indicators: num(u.indicators),
      covered: num(u.covered),
      required: num(u.required),
      complete: num(u.complete),
      ledgerDone: num(u.ledgerDone),
      errors: num(u.errors),
      stalled: u.stalled === true,
    };
  });
}

/** The summary and findings of check.json (`check --format json`). */
function checkOf(check: unknown): { totals: OrgSnapshot['totals']; byCode: Record<string, number> } {
  const c = obj(check);
  const s = obj(c.summary);
  const m = obj(s.materials);
  const byCode: Record<string, number> = {};
  const codes = (Array.isArray(c.diagnostics) ? c.diagnostics : []).map((d) => str(obj(d).code)).sort();
  for (const code of codes) byCode[code] = (byCode[code] ?? 0) + 1;
  return {
    totals: {
      indicators: num(s.indicators),
      complete: num(s.complete),
      materials: { covered: num(m.covered), required: num(m.required) },
      errors: num(s.errors),
      warnings: num(s.warnings),
    },
    byCode,
  };
}

/** A verified packet's entries as the snapshot the roll-up merges: the organisation's own verdicts. */
export function packetSnapshot(source: string, header: PacketHeader, entries: ReadonlyMap<string, Buffer>): OrgSnapshot {
  const coverage = packetCoverageSchema.parse(parse(entries.get(PACKET_ENTRIES.coverage)));
  const manifest = packetManifestSchema.parse(parse(entries.get(PACKET_ENTRIES.manifest)));
  const check = checkOf(parse(entries.get(PACKET_ENTRIES.check)));
  return {
    organization: header.organization,
    source,
    catalog: { name: header.catalog.name, version: header.catalog.version, sha256: header.catalog.sha256 },
    tool: header.tool,
    commit: header.commit,
    commitDate: header.commitDate,
    generated: header.generated,
    countedBy: header.countedBy,
    monthlyDueDay: header.monthlyDueDay,
    totals: check.totals,
    indicators: coverage.indicators.map((i) => ({
      id: i.id,
      owner: i.owner,
      complete: i.complete,
      materials: i.materials.map((m) => ({ no: m.no, covered: m.covered, by: m.by, files: m.files, rejected: m.rejected })),
      lead: i.lead,
      cooperate: i.cooperate,
    })),
    units: unitsOf(parse(entries.get(PACKET_ENTRIES.status))),
    findings: { errors: check.totals.errors, warnings: check.totals.warnings, byCode: check.byCode },
    files: manifest.files.map((f) => ({
      path: f.path,
      size: f.size,
      sha256: f.sha256,
      indicator: f.indicator,
      materials: f.materials,
      unit: f.unit,
    })),
  };
}
