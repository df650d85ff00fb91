/** Round steps of the y-axis, in percentage points. */
const STEPS = [1, 2, 5, 10, 20, 25, 50];

/**
 * The y-range of a coverage chart, tight around its values so that a change of a few points
 * shows (5–12 % drawn on 0–100 % is a flat line at the bottom), on round steps with at most six
 * ticks, within 0–100. A flat series gets a point of room above and below.
 */
export function percentScale(values: readonly number[]): { lo: number; hi: number; ticks: number[] } {
  if (values.length === 0) return { lo: 0, hi: 100, ticks: [0, 50, 100] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max(1, (max - min) / 10);
  const from = Math.max(0, min - pad);
  const to = Math.min(100, max + pad);
  const step = STEPS.find((s) => (to - from) / s <= 5) ?? 50;
  const lo = Math.floor(from / step) * step;
  const hi = Math.min(100, Math.ceil(to / step) * step);
  const ticks: number[] = [];
  for (let v = lo; v <= hi; v += step) ticks.push(v);
  return { lo, hi, ticks };
}

/**
 * Which of `n` evenly spaced x positions over `room` units get a date label (`labelWidth` wide):
 * all when they fit, else every k-th; the last (today's, up to `lastWidth` wide) always, the one
 * before it giving way when the two would touch.
 */
export function labelledPositions(n: number, room: number, labelWidth = 34, lastWidth = 60): Set<number> {
  const gap = n > 1 ? room / (n - 1) : room;
  const every = Math.max(1, Math.ceil(labelWidth / Math.max(gap, 1)));
  const out = new Set<number>();
  if (n === 0) return out;
  for (let i = 0; i < n - 1; i += every) out.add(i);
  const last = n - 1;
  const before = Math.max(...out, -1);
  if (before >= 0 && (last - before) * gap < (labelWidth + lastWidth) / 2) out.delete(before);
  out.add(last);
  return out;
}
