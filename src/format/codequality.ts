import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic } from '../i18n/diagnostic-messages.js';
import { visibleDeep } from '../util/escape-invisible.js';
import type { FormatContext } from './format-options.js';

/**
 * GitLab Code Quality report (the Code Climate subset GitLab reads from a `codequality` artifact):
 * the merge request shows each finding beside the file. Every report entry needs a path, so a
 * workspace-wide finding points at ledger.yaml; information is left out, as in the annotations.
 */
const SEVERITY = { error: 'major', warning: 'minor' } as const;

export function formatCodequality(findings: Diagnostic[], ctx: FormatContext): string {
  const seen = new Map<string, number>();
  const issues = visibleDeep(findings)
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => {
      const description = renderDiagnostic(d, ctx.lang);
      const path = d.file ?? 'ledger.yaml';
      // Stable across runs (GitLab compares the base's report with the merge request's by fingerprint).
      const key = `${d.code}\0${path}\0${d.indicator ?? ''}\0${d.material ?? ''}\0${description}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return {
        type: 'issue',
        check_name: `ledger ${d.code}`,
        description,
        categories: ['Compatibility'],
        severity: SEVERITY[d.severity as 'error' | 'warning'],
        fingerprint: createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32),
        location: { path, lines: { begin: d.line ?? 1 } },
      };
    });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
