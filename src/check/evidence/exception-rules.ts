import { diag, type Diagnostic, type DiagnosticInit } from '../../diagnostics/diagnostic.js';
import type { FolderExceptions } from '../../model/evidence-tree.js';
import type { Workspace } from '../../model/workspace.js';
import { evidenceOwner, materialsOf, type Catalog, type CatalogEntry } from '../../model/catalog.js';
import { parseMaterialRef } from '../../model/indicator-id.js';
import type { CoveringFile } from './covering-files.js';

/** exception-invalid: index.yaml names a material number the indicator does not have. */
export function exceptionNumberFindings(ws: Workspace, entry: CatalogEntry, ex: FolderExceptions | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [no] of ex?.byMaterial ?? []) {
    if (no > entry.materials.length) {
      out.push(
        diag(
          'exception-invalid',
          { material: no, reason: `indicator ${entry.id} has ${entry.materials.length} material(s)` },
          { ...ws.sources.locate(ex!.file, ['materials', String(no)], true), indicator: entry.id, material: no },
        ),
      );
    }
  }
  return out;
}

/** secret-file-present: a material marked 涉密 in index.yaml, yet a file for it is in the repository. */
export function secretFileFindings(covering: CoveringFile[], owner: string, material: number): Diagnostic[] {
  return covering
    .filter((c) => c.owner === owner && c.materials.includes(material))
    .map((c) => diag('secret-file-present', { material }, { file: c.rel, indicator: owner, material }));
}

/**
 * Whether a `same_as` reference holds: it names a material of an indicator in the catalog and that
 * material holds the document itself (`hasFile`: a valid file, or news reports; link-duplicate
 * suggests same_as), not another exception.
 */
export function sameAsHolds(catalog: Catalog, ref: string, hasFile: (owner: string, no: number) => boolean): boolean {
  const parsed = parseMaterialRef(ref);
  const target = parsed ? catalog.byId.get(parsed.id) : undefined;
  return (
    parsed !== null &&
    target !== undefined &&
    parsed.material <= materialsOf(catalog, target).length &&
    hasFile(evidenceOwner(target), parsed.material)
  );
}

/** same-as-invalid: a `same_as` whose target does not hold the material. */
export function sameAsFinding(target: string, at: DiagnosticInit): Diagnostic {
  return diag('same-as-invalid', { target, reason: 'missing' }, at);
}
