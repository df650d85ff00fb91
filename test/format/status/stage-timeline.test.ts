import { describe, expect, it } from 'vitest';
import { stageTimeline } from '../../../src/format/status/html-charts.js';
import type { StageState } from '../../../src/model/deadline.js';

/*
 * Issue 19: a cycle ending 9999-12-31 drew 391,856 ticks in the status page's timeline (a 48 MB
 * page). Ticks stay every three months on a normal cycle and are never more than about 12.
 */
const stage = (name: string, start: string, due: string): StageState => ({ name, start, due, state: 'upcoming' }) as StageState;
const ticks = (svg: string): number => (svg.match(/class="tick"/g) ?? []).length;

describe('stage timeline ticks', () => {
  it('a two-year cycle: a tick every three months, labelled YYYY-MM', () => {
    const svg = String(
      stageTimeline([stage('动员', '2026-01-01', '2027-12-31')], { start: '2026-01-01', end: '2027-12-31' }, '2026-06-01', '今天'),
    );
    expect(ticks(svg)).toBe(8);
    expect(svg).toContain('>2026-04<');
  });

  it('a cycle ending 9999-12-31: at most 13 ticks, a small page', () => {
    const svg = String(
      stageTimeline([stage('动员', '2026-01-01', '9999-12-31')], { start: '2026-01-01', end: '9999-12-31' }, '2026-06-01', '今天'),
    );
    expect(ticks(svg)).toBeLessThanOrEqual(13);
    expect(svg.length).toBeLessThan(10_000);
  });
});
