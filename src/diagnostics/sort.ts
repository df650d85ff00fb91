import type { Diagnostic } from './diagnostic.js';
import { compareIndicatorIds } from '../model/indicator-id.js';

const key = (d: Diagnostic): string => JSON.stringify([d.code, d.file, d.line, d.column, d.indicator, d.material, d.unit, d.args]);

function cmp<T>(a: T | null, b: T | null, f: (x: T, y: T) => number): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return f(a, b);
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byNumber = (a: number, b: number): number => a - b;

/** One stable order for every output: by indicator, then file, position, material, code. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = list.filter((d) => {
    const k = key(d);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return unique.sort(
    (a, b) =>
      cmp(a.indicator, b.indicator, compareIndicatorIds) ||
      cmp(a.file, b.file, byString) ||
      cmp(a.line, b.line, byNumber) ||
      cmp(a.column, b.column, byNumber) ||
      cmp(a.material, b.material, byNumber) ||
      byString(a.code, b.code) ||
      cmp(a.unit, b.unit, byString) ||
      byString(key(a), key(b)),
  );
}

export function countBySeverity(list: Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}
