import fs from 'node:fs';
import path from 'node:path';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadBuiltinCatalog, loadCatalog } from './load-catalog.js';
import { SourceMap } from '../model/source-map.js';
import { parseYaml } from './parse-yaml.js';
import { assignmentsFileSchema, salvageAssignments } from '../model/schemas/assignments.js';
import { ledgerConfigSchema } from '../model/schemas/ledger-config.js';
import { unitsFileSchema, type UnitsFile } from '../model/schemas/units.js';
import { indexUnits } from '../model/units.js';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import type { UnitAssignments, Workspace } from '../model/workspace.js';
import { loadProblems } from './load-problems.js';
import { MAX_YAML_BYTES } from '../util/read-safely.js';
import { readWorkspaceText, workspaceFolder } from './read-workspace-file.js';
import { BUILTIN_CATALOG, catalogLabel, sameCatalog } from '../model/catalog-identity.js';
import { withResponsibilities } from '../model/responsibilities.js';
import { catalogFolderName, newerVersion } from '../model/catalog-version.js';
import { CATALOGS_DIR, knownCatalogs, workspaceCatalog } from './workspace-catalogs.js';
import { responsibilitiesFileSchema, type ResponsibilitiesFile } from '../model/schemas/responsibilities.js';
import { catalogNotesFileSchema, type CatalogNotesFile } from '../model/schemas/catalog-notes.js';

export interface LoadedWorkspace {
  /** null when ledger.yaml is unreadable: the command cannot run, but its diagnostics are reported */
  workspace: Workspace | null;
  diagnostics: Diagnostic[];
}

/**
 * Load every YAML file of a workspace. Throws CannotRunError only when there is no workspace at
 * all; every problem inside a file becomes a diagnostic.
 */
export function loadWorkspace(root: string): LoadedWorkspace {
  const abs = path.resolve(root);
  const configPath = path.join(abs, 'ledger.yaml');
  if (!fs.existsSync(configPath)) throw new CannotRunError('error.no-workspace', { dir: abs });

  const diagnostics: Diagnostic[] = [];
  const sources = new SourceMap();

  const read = (rel: string): string | null => {
    const r = readWorkspaceText(abs, rel, MAX_YAML_BYTES);
    if (r.finding) diagnostics.push(r.finding);
    return r.finding ? null : r.text;
  };

  /** An optional YAML file: null when absent or unusable (its findings are reported). */
  const readOptional = <T>(rel: string, schema: import('zod').ZodType<T>): T | null => {
    if (!fs.lstatSync(path.join(abs, rel), { throwIfNoEntry: false })) return null;
    const text = read(rel);
    if (text === null) return null;
    const parsed = parseYaml(text, rel, schema);
    diagnostics.push(...parsed.diagnostics);
    sources.add(rel, parsed.doc, parsed.lineCounter);
    return parsed.value as T | null;
  };

  const configText = read('ledger.yaml');
  const config = configText === null ? null : parseYaml(configText, 'ledger.yaml', ledgerConfigSchema);
  if (config) {
    diagnostics.push(...config.diagnostics);
    sources.add('ledger.yaml', config.doc, config.lineCounter);
  }
  if (!config?.value) return { workspace: null, diagnostics };

  let unitsFile: UnitsFile | null = null;
  const text = read('units.yaml');
  if (text !== null) {
    const parsed = parseYaml(text, 'units.yaml', unitsFileSchema);
    diagnostics.push(...parsed.diagnostics);
    sources.add('units.yaml', parsed.doc, parsed.lineCounter);
    unitsFile = parsed.value;
  }

  // A top-level folder that is a link (`indicators → /etc`) is reported and never listed.
  const folder = (name: string): boolean => {
    const f = workspaceFolder(abs, name);
    if (typeof f === 'object') diagnostics.push(f);
    return f === 'folder';
  };
  // The earlier layout copied the catalog into indicators/ with `responsible` in it: still read, with
  // a warning naming `ledger upgrade`. Today the catalog is the shipped one, pinned in ledger.yaml.
  const catalogIsLocal = folder('indicators');
  const loadedCatalog = catalogIsLocal ? loadCatalog(path.join(abs, 'indicators'), 'indicators', sources) : loadBuiltinCatalog();
  diagnostics.push(...loadedCatalog.diagnostics);
  let catalog = loadedCatalog.catalog;
  let responsibilities: ResponsibilitiesFile | null = null;
  if (catalogIsLocal) {
    diagnostics.push(diag('workspace-layout-old', {}, { file: 'indicators' }));
  } else {
    const pinned = config.value.catalog;
    const at = () => sources.locate('ledger.yaml', ['catalog']);
    if (pinned && !sameCatalog(pinned, BUILTIN_CATALOG)) {
      // A catalog handed down from above lives in the workspace's catalogs/<name>@<version>/.
      const copy = workspaceCatalog(abs, pinned);
      const folder = `${CATALOGS_DIR}/${catalogFolderName(pinned)}`;
      if (copy === null)
        diagnostics.push(diag('catalog-unknown', { id: catalogLabel(pinned), known: catalogLabel(BUILTIN_CATALOG) }, at()));
      else if (!copy.ok) diagnostics.push(diag('catalog-copy-invalid', { folder, reason: copy.reason, detail: copy.detail }, at()));
      else if (!sameCatalog(copy.value.id, pinned)) {
        diagnostics.push(diag('catalog-copy-invalid', { folder, reason: 'manifest-invalid', detail: catalogLabel(copy.value.id) }, at()));
      } else catalog = copy.value.catalog;
    }
    const known = knownCatalogs(abs);
    const newer = newerVersion(
      pinned ?? BUILTIN_CATALOG,
      known.map((k) => k.id),
    );
    if (newer) {
      const where = known.find((k) => sameCatalog(k.id, newer))?.where ?? 'builtin';
      diagnostics.push(
        diag('catalog-newer-known', { pinned: catalogLabel(pinned ?? BUILTIN_CATALOG), newer: catalogLabel(newer), where }, at()),
      );
    }
    responsibilities = readOptional('responsibilities.yaml', responsibilitiesFileSchema);
    catalog = withResponsibilities(catalog, responsibilities);
  }
  const catalogNotes = readOptional('catalog-notes.yaml', catalogNotesFileSchema);

  const assignments: UnitAssignments[] = [];
  const unreadableAssignments = new Set<string>();
  const assignmentsDir = path.join(abs, 'assignments');
  const names = folder('assignments')
    ? fs
        .readdirSync(assignmentsDir)
        .filter((f) => /\.ya?ml$/i.test(f))
        .sort()
    : [];
  for (const name of names) {
    const file = `assignments/${name}`;
    const text = read(file);
    if (text === null) {
      unreadableAssignments.add(name.replace(/\.ya?ml$/i, ''));
      continue;
    }
    const parsed = parseYaml(text, file, assignmentsFileSchema);
    // A finding inside an indicator's entry names that indicator.
    diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, indicator: d.indicator ?? indicatorInPath(d.args.path) })));
    sources.add(file, parsed.doc, parsed.lineCounter);
    const fileUnit = name.replace(/\.ya?ml$/i, '');
    if (parsed.value && parsed.doc) {
      assignments.push({ file, fileUnit, value: parsed.value, doc: parsed.doc });
      continue;
    }
    // Not usable for writing (export and import refuse it), but its valid entries are still checked.
    unreadableAssignments.add(fileUnit);
    const salvaged = parsed.doc && parsed.doc.errors.length === 0 ? salvageAssignments(parsed.doc.toJS({ maxAliasCount: 100 })) : null;
    if (salvaged && parsed.doc) assignments.push({ file, fileUnit, value: salvaged, doc: parsed.doc });
  }

  const units = indexUnits(unitsFile);
  const problems = loadProblems(abs, units, sources, diagnostics);

  return {
    workspace: {
      root: abs,
      config: config.value,
      unitsFile,
      units,
      catalog,
      catalogIsLocal,
      responsibilities,
      catalogNotes,
      assignments,
      unreadableAssignments,
      problems,
      sources,
    },
    diagnostics,
  };
}

/** `indicators.31.status` → `31`. */
function indicatorInPath(path: unknown): string | null {
  const m = typeof path === 'string' ? /^indicators\.([^.]+)/.exec(path) : null;
  return m ? m[1]! : null;
}
