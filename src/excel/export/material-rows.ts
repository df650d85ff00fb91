import path from 'node:path';
import type { IndicatorCoverage, MaterialCoverage } from '../../model/coverage.js';
import type { Catalog } from '../../model/catalog.js';
import { folderIdFor } from '../../model/indicator-id.js';
import { ANNEX2, MATERIALS_SHEET as M } from '../sheet/form-text.js';
import { shortTitle } from '../../model/indicator-titles.js';

/** One line of sheet 2: a material of one of the unit's indicators and where its evidence stands. */
export interface MaterialRow {
  id: string;
  /** `<owner>/<no>`: the same material listed under two merged indicators counts once */
  key: string;
  /** `<id> <text>`, and a note when the materials are filed with another indicator */
  indicator: string;
  no: string;
  text: string;
  status: string;
  detail: string;
  missing: boolean;
}

function fileList(m: MaterialCoverage, owner: string): string {
  // Names relative to the indicator folder: that is where the unit looks for them.
  return (
    m.files
      .map((f) => {
        const parts = f.rel.split('/');
        const inner = parts.slice(2).join('/') || path.basename(f.rel);
        return f.pages === null ? inner : `${inner}（${f.pages}页）`;
      })
      .join('\n') || `evidence/${folderIdFor(owner)}/`
  );
}

function describe(m: MaterialCoverage, owner: string): Pick<MaterialRow, 'status' | 'detail' | 'missing'> {
  if (!m.covered) return { status: M.status.missing, detail: M.missingHint(folderIdFor(owner), m.no), missing: true };
  switch (m.by) {
    case 'file':
    case 'statement':
      return { status: M.status[m.by], detail: fileList(m, owner), missing: false };
    case 'not_applicable':
      return { status: M.status.not_applicable, detail: m.exception ?? '', missing: false };
    case 'secret':
      return { status: M.status.secret, detail: m.exception ? `${M.secretHint}：${m.exception}` : M.secretHint, missing: false };
    case 'same_as':
      return { status: M.sameAsStatus(m.exception ?? ''), detail: M.sameAs(m.exception ?? ''), missing: false };
    default:
      return { status: M.status.file, detail: '', missing: false };
  }
}

/** Sheet 2 rows for the given indicators (catalog order), one per material. */
export function materialRows(catalog: Catalog, ids: string[], coverage: Map<string, IndicatorCoverage>): MaterialRow[] {
  const rows: MaterialRow[] = [];
  for (const id of ids) {
    const entry = catalog.byId.get(id);
    if (!entry) continue;
    const cov = coverage.get(id);
    const merged = entry.materialsFrom !== undefined ? `\n${M.mergedWith(entry.materialsFrom)}` : '';
    // At most 30 characters of the text: sheet 1 carries it whole.
    const indicator = `${id} ${shortTitle(entry.text, 30)}${merged}`;
    if (!cov || cov.materials.length === 0) {
      rows.push({
        id,
        key: `${id}/-`,
        indicator,
        no: '—',
        text: ANNEX2.noMaterials,
        status: M.status.none,
        detail: entry.methods.join('、'),
        missing: false,
      });
      continue;
    }
    for (const m of cov.materials)
      rows.push({ id, key: `${cov.owner}/${m.no}`, indicator, no: String(m.no), text: m.text, ...describe(m, cov.owner) });
  }
  return rows;
}
