/** Today as YYYY-MM-DD in local time; LEDGER_TODAY=YYYY-MM-DD pins it (tests, what-if runs). */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env.LEDGER_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  const d = new Date();
  return ymd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseYmd(s: string): [number, number, number] {
  const [y, m, d] = s.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

/** Whole days from a to b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = parseYmd(a);
  const [by, bm, bd] = parseYmd(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** The next monthly due date on or after `from` (the due day itself counts: 每月4日前 means by the 4th). */
export function nextMonthlyDue(from: string, dueDay: number): string {
  const [y, m, d] = parseYmd(from);
  if (d <= dueDay) return ymd(y, m, dueDay);
  return m === 12 ? ymd(y + 1, 1, dueDay) : ymd(y, m + 1, dueDay);
}

/** The monthly due date in force before `from`: the latest due date strictly before it. */
export function previousMonthlyDue(from: string, dueDay: number): string {
  const [y, m, d] = parseYmd(from);
  if (d > dueDay) return ymd(y, m, dueDay);
  return m === 1 ? ymd(y - 1, 12, dueDay) : ymd(y, m - 1, dueDay);
}

/** Every monthly due date on or after `from` and strictly before `until`, oldest first. */
export function monthlyDueDates(from: string, until: string, dueDay: number): string[] {
  const out: string[] = [];
  for (let due = nextMonthlyDue(from, dueDay); due < until; due = nextMonthlyDue(addDays(due, 1), dueDay)) out.push(due);
  return out;
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = parseYmd(day);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The first second after `day` ends, in local time, as Unix seconds (git's %ct is compared with it). */
export function endOfDayLocal(day: string): number {
  const [y, m, d] = parseYmd(day);
  return Math.floor(new Date(y, m - 1, d + 1).getTime() / 1000);
}

/** A Unix time (seconds) as the local calendar day. */
export function localDay(unixSeconds: number): string {
  const t = new Date(unixSeconds * 1000);
  return ymd(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

/** Whether `s` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)
  );
}
