import type { Rollup } from '../../model/rollup.js';

/** `ledger rollup --format json`: the roll-up as it is, `format: 1` first (fields only ever added). */
export function formatRollupJson(r: Rollup): string {
  return `${JSON.stringify({ format: 1, ...r }, null, 2)}\n`;
}
