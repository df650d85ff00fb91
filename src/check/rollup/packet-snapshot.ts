import { PACKET_ENTRIES, packetCoverageSchema, packetManifestSchema, type PacketHeader } from '../../model/packet.js';
import type { OrgSnapshot } from '../../model/rollup-source.js';

const parse = (data: Buffer | undefined): unknown => (data ? (JSON.parse(data.toString('utf8')) as unknown) : null);

/**
 * A verified packet's entries as the snapshot the roll-up merges: the organisation's own verdicts,
 * all in coverage.json (status.json and check.json stay for people and scripts; they are hashed,
 * never parsed here). `parsed`: entries verification already parsed.
 */
export function packetSnapshot(
  source: string,
  header: PacketHeader,
  entries: ReadonlyMap<string, Buffer>,
  parsed: ReadonlyMap<string, unknown> = new Map(),
): OrgSnapshot {
  const shaped = <T>(name: string, schema: { parse(v: unknown): T }): T =>
    (parsed.get(name) as T | undefined) ?? schema.parse(parse(entries.get(name)));
  const coverage = shaped(PACKET_ENTRIES.coverage, packetCoverageSchema);
  const manifest = shaped(PACKET_ENTRIES.manifest, packetManifestSchema);
  const t = coverage.totals;
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
    totals: {
      indicators: t.indicators,
      complete: t.complete,
      materials: { covered: t.materials.covered, required: t.materials.required },
      errors: t.errors,
      warnings: t.warnings,
    },
    indicators: coverage.indicators.map((i) => ({
      id: i.id,
      owner: i.owner,
      complete: i.complete,
      materials: i.materials.map((m) => ({ no: m.no, covered: m.covered, by: m.by, files: m.files, rejected: m.rejected })),
      lead: i.lead,
      cooperate: i.cooperate,
      ...(i.leadDepartments ? { leadDepartments: i.leadDepartments } : {}),
    })),
    units: coverage.units.map((u) => ({
      id: u.id,
      name: u.name,
      indicators: u.indicators,
      covered: u.covered,
      required: u.required,
      complete: u.complete,
      ledgerDone: u.ledgerDone,
      errors: u.errors,
      stalled: u.stalled,
    })),
    findings: { errors: coverage.findings.errors, warnings: coverage.findings.warnings, byCode: { ...coverage.findings.byCode } },
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
