import path from 'node:path';
import type { LedgerReturn } from '../../model/schemas/returns.js';
import { nextMonthlyDue } from '../../util/dates.js';
import { hashFile } from '../../util/hash-file.js';

/** One unit's part of an import (the import plan's FileUpdate has these fields). */
interface ImportedUnit {
  unit: string;
  ledgers: { file: string; month: string | null }[];
  changes: { field: string }[];
}

/**
 * What one import adds to returns.yaml: per unit and 报送月份, the day it came back, its workbooks'
 * SHA-256 and how many fields it changed. A workbook without a month is taken as the month of the
 * next due date (the one `export` writes by default). A unit's changes go to its newest month.
 */
export function returnsOfImport(
  updates: ImportedUnit[],
  absOf: (display: string) => string,
  today: string,
  dueDay: number,
): LedgerReturn[] {
  const fallback = nextMonthlyDue(today, dueDay).slice(0, 7);
  const out: LedgerReturn[] = [];
  for (const u of updates) {
    const byMonth = new Map<string, { name: string; sha256: string }[]>();
    for (const l of u.ledgers) {
      const month = l.month ?? fallback;
      const list = byMonth.get(month) ?? [];
      list.push({ name: path.basename(l.file), sha256: hashFile(absOf(l.file)) });
      byMonth.set(month, list);
    }
    const months = [...byMonth.keys()].sort();
    for (const month of months) {
      const mine = month === months[months.length - 1];
      const count = (field: string) => (mine ? u.changes.filter((c) => c.field === field).length : 0);
      out.push({
        unit: u.unit,
        month,
        date: today,
        files: byMonth.get(month)!.sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1)),
        changes: { status: count('status'), progress: count('progress'), contact: count('contact') },
      });
    }
  }
  return out;
}
