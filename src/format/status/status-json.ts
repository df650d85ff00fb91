import type { StatusReport } from '../../check/status/report.js';
import type { Lang } from '../../i18n/lang.js';
import { jsonDiagnostic, type JsonDiagnostic } from '../json.js';

/** `ledger status --format json`: the report as it is, findings worded as `check --format json` words them (README). */
export type StatusJson = Omit<StatusReport, 'findings'> & { findings: JsonDiagnostic[] | null };

export function formatStatusJson(r: StatusReport, lang: Lang): string {
  const out: StatusJson = { ...r, findings: r.findings?.map((d) => jsonDiagnostic(d, lang)) ?? null };
  return `${JSON.stringify(out, null, 2)}\n`;
}
