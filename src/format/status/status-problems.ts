import type { ProblemsStatus, StatusReport } from '../../check/status/report.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';

/** The problem list in every status format: a summary line, a table per unit, the overdue problems by name. */
export interface ProblemSection {
  title: string;
  summary: string;
  headers: string[];
  /** per unit: name, then numbers (right-aligned) */
  rows: (string | number)[][];
  overdueTitle: string;
  overdue: string[];
}

export function problemSection(r: StatusReport, lang: Lang): ProblemSection | null {
  const p: ProblemsStatus | null = r.problems;
  if (!p) return null;
  const cols = ['total', 'open', 'overdue', 'due-soon', 'closed'] as const;
  return {
    title: t(lang, 'status.problems.title'),
    summary: t(lang, 'status.problems.summary', { ...p.totals }),
    headers: [t(lang, 'status.col.unit'), ...cols.map((c) => t(lang, `status.problems.col.${c}`))],
    rows: p.units.map((u) => [u.name, u.total, u.open, u.overdue, u.dueSoon, u.closed]),
    overdueTitle: t(lang, 'status.problems.overdue', { count: p.overdue.length }),
    overdue: p.overdue.map((o) => t(lang, 'status.problems.overdue-item', { ...o, unit: o.unitName })),
  };
}
