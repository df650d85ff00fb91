import fs from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** A news link as the SPEC records it under a material in index.yaml: `links: [{url, title, date, source}]`. */
export interface NewsLink {
  url: string;
  title: string;
  date: string;
  source: string;
}

const linkSchema = z.object({
  url: z.string().regex(/^https?:\/\//i),
  title: z.string().default(''),
  date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).default(''),
  source: z.string().default(''),
});

/**
 * The news links of each material of an evidence folder's index.yaml. The check validates links
 * (the workflow issue adds them to its schema); until then the bundle reads them leniently and
 * leaves out what it cannot use. A missing or unreadable file has none.
 */
export function readNewsLinks(indexYaml: string): Map<number, NewsLink[]> {
  const out = new Map<number, NewsLink[]>();
  let doc: unknown;
  try {
    doc = parse(fs.readFileSync(indexYaml, 'utf8'));
  } catch {
    return out;
  }
  const materials = (doc as { materials?: unknown } | null)?.materials;
  if (!materials || typeof materials !== 'object') return out;
  for (const [key, value] of Object.entries(materials as Record<string, unknown>)) {
    const list = (value as { links?: unknown } | null)?.links;
    if (!/^[1-9]\d*$/.test(key) || !Array.isArray(list)) continue;
    const links = list.flatMap((l) => {
      const r = linkSchema.safeParse(l);
      return r.success ? [r.data] : [];
    });
    if (links.length) out.set(Number(key), links);
  }
  return out;
}
