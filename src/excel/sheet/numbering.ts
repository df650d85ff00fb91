/** Numbers in cell text: ①② for materials, and the indicator id that starts a 三级指标 cell. */

import { isIndicatorId } from '../../model/indicator-id.js';
import { circled } from '../../model/material-numbers.js';

export { circled };

/** Materials numbered one per line, as the plan's 报送材料 cells print them. */
export function numberedLines(items: { no: number; text: string }[]): string {
  if (items.length === 1 && items[0]!.no === 1) return items[0]!.text;
  return items.map((m) => `${circled(m.no)}${m.text}`).join('\n');
}

/**
 * The indicator id at the start of a 三级指标 cell: `31 …`, `031 …`, `第31项 …`, `B1 …`, `ｂ１…`.
 * Digits must end at a non-digit (so `2019年…` is not indicator 201).
 */
export function indicatorIdIn(text: string): string | null {
  const s = text.normalize('NFKC').trimStart();
  const m = /^(?:第\s*)?(?:(\d{1,3})|([BbVv])\s*(\d{1,2}))(?!\d)/u.exec(s);
  if (!m) return null;
  const id = m[1] !== undefined ? String(Number(m[1])) : `${m[2]!.toUpperCase()}${Number(m[3])}`;
  return isIndicatorId(id) ? id : null;
}
