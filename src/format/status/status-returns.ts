import type { ReturnMonth, ReturnState, ReturnsStatus, UnitReturn } from '../../check/status/returns-status.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';

/** The monthly returns in every status format: a line per recent month, names per state, and a grid of recent months. */
export interface ReturnsSection {
  title: string;
  /** e.g. returns.yaml broken, or no month due yet */
  note: string | null;
  months: { summary: string; late: boolean; groups: { state: ReturnState; line: string }[] }[];
  /** the grid: month headers, then per unit its name and one short cell per month */
  grid: { headers: string[]; rows: { name: string; cells: { text: string; state: ReturnState }[] }[] };
}

/** How many months the grid shows (the JSON has every month of the cycle). */
const GRID_MONTHS = 6;

const ORDER: ReturnState[] = ['late', 'missing', 'pending', 'unrecorded', 'on-time'];

function cellText(u: UnitReturn, lang: Lang): string {
  if (u.state === 'on-time') return `✓ ${u.date!.slice(5)}`;
  if (u.state === 'late') return `${t(lang, 'status.returns.late')} ${u.date!.slice(5)}`;
  if (u.state === 'unrecorded') return t(lang, 'status.returns.unrecorded');
  return u.state === 'missing' ? t(lang, 'status.returns.missing') : '—';
}

function monthLine(m: ReturnMonth, lang: Lang): ReturnsSection['months'][number] {
  const count = (s: ReturnState) => m.units.filter((u) => u.state === s).length;
  // Before the first recorded return nobody can tell who handed in: not 未交.
  if (!m.recorded && !m.open)
    return { summary: t(lang, 'status.returns.month-unrecorded', { month: m.month, due: m.due }), late: false, groups: [] };
  const summary = m.open
    ? t(lang, 'status.returns.month-open', {
        month: m.month,
        due: m.due,
        onTime: count('on-time') + count('late'),
        pending: count('pending'),
      })
    : t(lang, 'status.returns.month', {
        month: m.month,
        due: m.due,
        onTime: count('on-time'),
        late: count('late'),
        missing: count('missing'),
      });
  const groups = ORDER.filter((s) => s !== 'on-time' && count(s) > 0).map((state) => ({
    state,
    line: t(lang, 'status.returns.names', {
      label: t(lang, `status.returns.${state}`),
      names: m.units.filter((u) => u.state === state).map((u) => (u.state === 'late' ? `${u.name}（${u.date}）` : u.name)),
    }),
  }));
  return { summary, late: count('late') + count('missing') > 0, groups };
}

export function returnsSection(r: ReturnsStatus, lang: Lang): ReturnsSection {
  const title = t(lang, 'status.returns.title');
  const empty = { headers: [], rows: [] };
  if (r.state === 'broken') return { title, note: t(lang, 'status.returns.broken'), months: [], grid: empty };
  if (r.months.length === 0) return { title, note: t(lang, 'status.returns.none'), months: [], grid: empty };
  // The text names the last month that is due and the one still open.
  const closed = r.months.filter((m) => !m.open);
  const shown = [...closed.slice(-1), ...r.months.filter((m) => m.open)];
  const recent = r.months.slice(-GRID_MONTHS);
  const units = recent[0]!.units;
  return {
    title,
    note: null,
    months: shown.map((m) => monthLine(m, lang)),
    grid: {
      headers: [t(lang, 'status.col.unit'), ...recent.map((m) => m.month)],
      rows: units.map((u, i) => ({
        name: u.name,
        cells: recent.map((m) => ({ text: cellText(m.units[i]!, lang), state: m.units[i]!.state })),
      })),
    },
  };
}
