import { reviewBody } from '../../model/schemas/ledger-config.js';
import type ExcelJS from 'exceljs';
import type { UnitSummary } from '../../model/check-summary.js';
import { unitName } from '../../model/units.js';
import { folderIdFor } from '../../model/indicator-id.js';
import { unitCoverage } from '../../model/unit-coverage.js';
import { filedBy, isSharedFolder, shareRule } from '../../model/unit-share.js';
import type { UnitAssignments, Workspace } from '../../model/workspace.js';
import { ANNEX2 } from '../sheet/form-wording.js';
import { writeMeta } from '../sheet/ledger-meta.js';
import { ledgerRows } from './ledger-rows.js';
import { materialRows, type SheetEvidence } from './material-rows.js';
import { writeLedgerSheet } from './write-ledger-sheet.js';
import { writeMaterialsSheet } from './write-materials-sheet.js';
import { newWorkbook } from '../sheet/sheet-style.js';

/** The unit's share of the evidence (model/unit-share.ts): only its files, and where it files its part. */
function unitSheetEvidence(ws: Workspace, unit: string, ids: string[], evidence: SheetEvidence): SheetEvidence {
  const rule = shareRule(ws);
  const shared = (owner: string): boolean => isSharedFolder(rule, owner);
  return {
    coverage: unitCoverage(evidence.coverage, ids, unit, rule),
    diagnostics: evidence.diagnostics,
    unit: {
      shared,
      folderOf: (owner) => (shared(owner) ? `${folderIdFor(owner)}/@${unit}` : folderIdFor(owner)),
      owns: (rel, folder) => {
        const by = filedBy(folder ? `${rel}/-` : rel, rule);
        return by.length === 0 || by.includes(unit);
      },
    },
  };
}

/** One unit's monthly workbook: the Annex 2 form, the material check, and the hidden metadata. */
export function buildLedgerWorkbook(
  ws: Workspace,
  assignments: UnitAssignments,
  evidence: SheetEvidence & { summary: UnitSummary | undefined },
  month: string,
  date: string,
): ExcelJS.Workbook {
  const unitId = assignments.value.unit;
  const name = unitName(ws.units, unitId);
  const wb = newWorkbook(date, `${name}${ANNEX2.titleSuffix}`);
  const rows = ledgerRows(ws.catalog, ws.units, assignments);
  writeLedgerSheet(wb, { organization: ws.config.organization, unitName: name, month, dueDay: ws.config.monthly_due_day, rows });
  writeMaterialsSheet(
    wb,
    name,
    date,
    materialRows(
      ws.catalog,
      rows.map((r) => r.id),
      unitSheetEvidence(
        ws,
        unitId,
        rows.map((r) => r.id),
        evidence,
      ),
    ),
    evidence.summary ?? { covered: 0, required: 0 },
    reviewBody(ws.config),
  );
  // What the unit is given, to tell its edits from an older copy when the workbook comes back.
  const items = assignments.value.indicators;
  const snapshot = {
    contact: assignments.value.contact,
    rows: new Map(
      rows.map((r) => {
        const item = items[r.id]!;
        return [r.id, { status: item.status, progress: item.progress, contact: item.contact ?? assignments.value.contact }];
      }),
    ),
  };
  writeMeta(wb, { unit: unitId, month, snapshot }, date);
  return wb;
}
