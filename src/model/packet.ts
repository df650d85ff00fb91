import { z } from 'zod';

/**
 * The report packet `ledger pack` writes and `ledger rollup` reads: a zip whose `packet.json` says
 * what it is and holds the SHA-256 of every other entry. Format 1; later formats only add fields
 * and entries, so a reader of format 1 reads every later packet (docs/汇总与报送包.md).
 */
export const PACKET_FORMAT = 1;

/** The entries of a packet (besides `bundles/*.pdf` with --with-bundles, and the signature). */
export const PACKET_ENTRIES = {
  packet: 'packet.json',
  signature: 'packet.json.sig',
  status: 'status.json',
  check: 'check.json',
  coverage: 'coverage.json',
  manifest: 'manifest.json',
} as const;

/** The namespace of the SSH signature over packet.json (`ssh-keygen -Y sign -n ledger-packet`). */
export const SIGNATURE_NAMESPACE = 'ledger-packet';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const packetCatalogSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  sha256: sha256.meta({ description: 'SHA-256 of the catalog content (the printed fields of every entry).' }),
});

export const packetEntrySchema = z.object({
  name: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256,
});

/** packet.json. Unknown fields are kept (`loose`): a later format adds them. */
export const packetHeaderSchema = z
  .looseObject({
    format: z.number().int().min(1).meta({ description: 'The packet format: 1. Fields are only ever added.' }),
    organization: z.string().min(1),
    generated: day.meta({ description: 'The day the figures are of (LEDGER_TODAY, else the commit day).' }),
    catalog: packetCatalogSchema,
    tool: z.string().min(1).meta({ description: 'The ledger version that wrote the packet.' }),
    commit: z.string().nullable(),
    commitDate: day.nullable(),
    monthlyDueDay: z.number().int().min(1).max(28),
    countedBy: z.enum(['verdicts', 'file-names']),
    entries: z.array(packetEntrySchema).meta({ description: 'Every other entry of the zip, by name, with its size and SHA-256.' }),
  })
  .meta({ title: 'ledger report packet (packet.json)' });

export type PacketHeader = z.infer<typeof packetHeaderSchema>;

const materialSchema = z.looseObject({
  no: z.number().int().min(1),
  covered: z.boolean(),
  by: z.enum(['file', 'statement', 'link', 'not_applicable', 'secret', 'same_as']).nullable(),
  files: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
});

const count = z.number().int().nonnegative();

/**
 * coverage.json: what the roll-up merges, so it reads no other entry — every indicator of the
 * catalog as the organisation's own check judged it, the totals, each unit's line, the findings counted.
 */
export const packetCoverageSchema = z.looseObject({
  totals: z.looseObject({
    indicators: count,
    complete: count,
    materials: z.looseObject({ covered: count, required: count }),
    errors: count,
    warnings: count,
  }),
  units: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      indicators: count,
      covered: count,
      required: count,
      complete: count,
      ledgerDone: count,
      errors: count,
      stalled: z.boolean(),
    }),
  ),
  findings: z.looseObject({ errors: count, warnings: count, byCode: z.record(z.string(), count) }),
  indicators: z.array(
    z.looseObject({
      id: z.string().min(1),
      owner: z.string().min(1),
      complete: z.boolean(),
      materials: z.array(materialSchema),
      lead: z.array(z.string()),
      cooperate: z.array(z.string()),
      leadDepartments: z.array(z.string()).optional(),
    }),
  ),
});

/** manifest.json: every evidence file. */
export const packetManifestSchema = z.looseObject({
  files: z.array(
    z.looseObject({
      path: z.string().min(1),
      size: z.number().int().nonnegative(),
      sha256: sha256.nullable(),
      indicator: z.string().nullable(),
      materials: z.array(z.number().int()),
      unit: z.string().nullable(),
    }),
  ),
});

/** The packet's JSON Schemas, committed in schemas/ beside the workspace ones (not written into workspaces). */
export const PACKET_SCHEMA_FILES: Record<string, z.ZodType> = {
  'packet.schema.json': packetHeaderSchema,
  'packet-coverage.schema.json': packetCoverageSchema,
  'packet-manifest.schema.json': packetManifestSchema,
};
