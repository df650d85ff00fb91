import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { materialsOf } from '../../model/catalog.js';
import { normalizeIndicatorInput } from '../../model/indicator-id.js';
import { problemState, type LoadedProblem } from '../../model/problems.js';
import { daysBetween } from '../../util/dates.js';
import { didYouMean } from '../../util/did-you-mean.js';
import type { Workspace } from '../../model/workspace.js';

/**
 * problems.yaml, the 整改 problem list, on `today` (passed in: the CLI fixes the day once, tests
 * pin it): ids unique; unit, indicator and material known; open problems not past their 时限;
 * a 已销号 problem dated and proven by files that exist inside the workspace; dates in order.
 */
export function checkProblems(ws: Workspace, today: string): Diagnostic[] {
  const list = ws.problems;
  if (!list) return [];
  const out: Diagnostic[] = [];
  const seen = new Map<string, number>();
  for (const p of list.items) {
    const at = (field: string) => ({ ...ws.sources.locate(list.file, ['problems', p.index, field]), ...scopeOf(ws, p) });
    const v = p.value;
    const first = seen.get(v.id);
    if (first !== undefined) out.push(diag('problem-duplicate-id', { id: v.id, other: first + 1 }, at('id')));
    else seen.set(v.id, p.index);
    out.push(...references(ws, p, at));

    const state = problemState(v, today);
    if (state === 'overdue') out.push(diag('problem-overdue', { id: v.id, due: v.due, days: daysBetween(v.due, today) }, at('due')));
    if (state === 'due-soon') out.push(diag('problem-due-soon', { id: v.id, due: v.due, days: daysBetween(today, v.due) }, at('due')));
    if (v.due < v.found)
      out.push(diag('problem-date-invalid', { id: v.id, reason: 'due-before-found', date: v.due, found: v.found }, at('due')));

    const closed = v.status === '已销号';
    if (closed && v.closed === undefined) out.push(diag('problem-closed-undated', { id: v.id }, at('status')));
    if (v.closed !== undefined) {
      const reason = !closed ? 'open-but-dated' : v.closed < v.found ? 'closed-before-found' : v.closed > today ? 'closed-future' : null;
      if (reason)
        out.push(
          diag(
            'problem-date-invalid',
            { id: v.id, reason, date: v.closed, found: v.found, today },
            { ...at('closed'), severity: reason === 'open-but-dated' ? 'warning' : 'error' },
          ),
        );
    }
    if (closed && p.evidence.length === 0) out.push(diag('problem-closed-without-evidence', { id: v.id }, at('status')));
    p.evidence.forEach((e, i) => {
      if (e.state === 'ok') return;
      // `evidence: a.pdf` (one path) and a list alike: the path's own line.
      const where = ws.sources.locate(list.file, ['problems', p.index, 'evidence', i]);
      const scope = scopeOf(ws, p);
      if (e.state === 'outside') out.push(diag('problem-evidence-outside', { id: v.id, path: e.path }, { ...where, ...scope }));
      // An open problem may name the report before it is written; a closed one rests on it.
      else
        out.push(
          diag('problem-evidence-missing', { id: v.id, path: e.path }, { ...where, ...scope, severity: closed ? 'error' : 'warning' }),
        );
    });
  }
  return out;
}

/** The unit and indicator a finding about this problem belongs to (so `check --unit` and the per-unit counts see it). */
function scopeOf(ws: Workspace, p: LoadedProblem): { unit: string | null; indicator: string | null } {
  const id = normalizeIndicatorInput(p.value.indicator);
  return { unit: p.unit, indicator: id !== null && ws.catalog.byId.has(id) ? id : null };
}

/** Unit (by id, name or alias), indicator and material number resolve, with a did-you-mean. */
function references(ws: Workspace, p: LoadedProblem, at: (field: string) => ReturnType<typeof scopeOf> & object): Diagnostic[] {
  const out: Diagnostic[] = [];
  const v = p.value;
  if (p.unit === null && ws.unitsFile) {
    const names = ws.units.units.flatMap((u) => [u.id, u.name, ...u.aliases]);
    out.push(diag('unit-unknown', { id: v.unit, suggestion: didYouMean(v.unit, names) }, at('unit')));
  }
  const id = normalizeIndicatorInput(v.indicator);
  const entry = id === null ? undefined : ws.catalog.byId.get(id);
  if (!entry) {
    const ids = ws.catalog.entries.map((e) => e.id);
    out.push(diag('indicator-unknown', { id: v.indicator, suggestion: didYouMean(v.indicator, ids) }, at('indicator')));
  } else if (v.material !== undefined) {
    const count = materialsOf(ws.catalog, entry).length;
    if (v.material > count)
      out.push(diag('problem-material-unknown', { id: v.id, indicator: entry.id, material: v.material, count }, at('material')));
  }
  return out;
}
