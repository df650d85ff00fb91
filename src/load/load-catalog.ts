import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { toEntry, type Catalog, type CatalogEntry, type EntrySource } from '../model/catalog.js';
import { compareIndicatorIds } from '../model/indicator-id.js';
import { indicatorsFileSchema } from '../model/schemas/indicators.js';
import { SourceMap } from '../model/source-map.js';
import { parseYaml } from './parse-yaml.js';
import { MAX_YAML_BYTES, readTextSafely } from '../util/read-safely.js';
import { readProblemFinding } from './read-workspace-file.js';

/** The catalog shipped with the package (`<package>/indicators`). */
export const BUILTIN_INDICATORS_DIR = fileURLToPath(new URL('../../indicators/', import.meta.url));

export interface LoadedCatalog {
  catalog: Catalog;
  diagnostics: Diagnostic[];
}

/**
 * Load every `*.yaml` of an indicators folder. `displayDir` is the folder as diagnostics name it
 * (`indicators` inside a workspace).
 */
export function loadCatalog(dir: string, displayDir = 'indicators', sourceMap = new SourceMap()): LoadedCatalog {
  const diagnostics: Diagnostic[] = [];
  const texts: [string, string][] = [];
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => /\.ya?ml$/i.test(f))
        .sort()
    : [];
  for (const name of files) {
    const abs = path.join(dir, name);
    const read = readTextSafely(abs, MAX_YAML_BYTES);
    if ('text' in read) texts.push([name, read.text]);
    else diagnostics.push(readProblemFinding(path.dirname(dir), abs, read, { file: `${displayDir}/${name}` }));
  }
  const loaded = catalogFromTexts(texts, displayDir, sourceMap);
  return { catalog: loaded.catalog, diagnostics: [...diagnostics, ...loaded.diagnostics] };
}

/** A catalog from the texts of its `*.yaml` files (read from a folder, a published catalog or a git tree), by file name. */
export function catalogFromTexts(texts: readonly [string, string][], displayDir: string, sourceMap = new SourceMap()): LoadedCatalog {
  const diagnostics: Diagnostic[] = [];
  const entries: CatalogEntry[] = [];
  const sources = new Map<string, EntrySource>();
  const byId = new Map<string, CatalogEntry>();
  for (const [name, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = `${displayDir}/${name}`;
    const parsed = parseYaml(text, file, indicatorsFileSchema);
    diagnostics.push(...parsed.diagnostics);
    sourceMap.add(file, parsed.doc, parsed.lineCounter);
    if (!parsed.value) continue;
    parsed.value.groups.forEach((group, gi) => {
      group.indicators.forEach((record, ii) => {
        const entry = toEntry(parsed.value!.area, group.name, record);
        const src = { file, path: ['groups', gi, 'indicators', ii, 'id'] };
        if (byId.has(entry.id)) {
          const at = sourceMap.locate(file, src.path);
          diagnostics.push(
            diag('indicator-duplicate', { id: entry.id, first: sources.get(entry.id)?.file ?? '' }, { ...at, indicator: entry.id }),
          );
          return;
        }
        byId.set(entry.id, entry);
        sources.set(entry.id, src);
        entries.push(entry);
      });
    });
  }
  entries.sort((a, b) => compareIndicatorIds(a.id, b.id));
  return { catalog: { entries, byId, sources }, diagnostics };
}

export function loadBuiltinCatalog(): LoadedCatalog {
  return loadCatalog(BUILTIN_INDICATORS_DIR, 'indicators');
}
