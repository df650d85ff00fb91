import type { MessageKey } from '../../i18n/messages.js';

/**
 * A reason an import refuses to change anything. Facts only: the CLI words it (zh/en) from `key`,
 * with `args` naming the workbook, sheet and cell.
 */
export interface ImportProblem {
  key: MessageKey;
  args: Record<string, string | number>;
  /** technical words (a library's error) shown only with --verbose */
  detail?: string;
}

export function problem(key: MessageKey, args: Record<string, string | number | undefined>, detail?: string): ImportProblem {
  const clean: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(args)) if (v !== undefined) clean[k] = v;
  return detail === undefined ? { key, args: clean } : { key, args: clean, detail };
}
