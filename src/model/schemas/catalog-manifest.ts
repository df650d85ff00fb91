import { z } from 'zod';

/** A file of a published catalog: a plain `*.yaml` name beside catalog.json (no folders, no `..`). */
const catalogFileName = z.string().regex(/^[\w.\u4e00-\u9fff-]+\.ya?ml$/u, 'a plain *.yaml file name');

/**
 * `catalog.json`, the manifest of a catalog as the level above publishes it: the catalog's name,
 * version, the SHA-256 of its content (catalogDigest) and the indicator files beside it.
 */
export const catalogManifestSchema = z
  .object({
    format: z.literal(1).meta({ description: 'The manifest format; fields are only ever added.' }),
    name: z
      .string()
      .min(1)
      .refine((n) => !/[/\\\x00-\x1f]/.test(n) && n !== '.' && n !== '..', 'no slashes or control characters (it names a folder)')
      .meta({ description: 'The catalog\'s name, e.g. 法治政府建设示范指标体系.' }),
    version: z.string().regex(/^[\w.-]+$/, 'letters, digits, dots and hyphens').meta({ description: 'The version, e.g. 2021.2.' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'SHA-256 of the catalog content as ledger computes it (ledger catalog shows it).' }),
    files: z.array(catalogFileName).min(1).meta({ description: 'The indicator files (area-01.yaml …) beside catalog.json, in the indicators/*.yaml schema.' }),
  })
  .meta({ title: 'catalog.json', description: 'A published indicator catalog: its identity and files.' });


