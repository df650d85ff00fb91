import type { MessageKey, MessageRef } from '../../i18n/messages.js';

/**
 * A reason an import refuses to change anything. Facts only: the CLI words it (zh/en) from `key`,
 * with `args` naming the workbook, sheet and cell.
 */
/** An import problem: a sentence of the catalog, with technical words (a library's error) shown only with --verbose. */
export type ImportProblem = MessageRef & { detail?: string };

/**
 * An import problem, its absent facts left out. The import messages hand their arguments whole to
 * helpers (the place in the workbook, a hint) and so take them loosely: the key is checked, the
 * arguments only as a record.
 */
export function problem(key: MessageKey, args: Record<string, string | number | undefined>, detail?: string): ImportProblem {
  const clean: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(args)) if (v !== undefined) clean[k] = v;
  return (detail === undefined ? { key, args: clean } : { key, args: clean, detail }) as ImportProblem;
}
