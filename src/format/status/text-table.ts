import { columnsFor, displayWidth, fitWidth, padEnd, padStart, type Columns } from '../../util/display-width.js';

/**
 * Terminal tables with Chinese in them. A CJK character takes two columns, so padding counts
 * display width (util/display-width.ts), never `.length`.
 */

/** A cell: its text, and how to paint it once padded (colour never counts toward width). */
export type Cell = string | { text: string; paint: (s: string) => string };

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** the widest it may be; longer text is cut with … */
  max?: number;
  /** takes what is left of the line (at most `max`) */
  flex?: boolean;
}

export const width = displayWidth;

/** At most `max` columns wide, cut with … when longer. */
export const fit = fitWidth;

export function pad(s: string, to: number, align: 'left' | 'right' = 'left'): string {
  return align === 'right' ? padStart(s, to) : padEnd(s, to);
}

const textOf = (c: Cell): string => (typeof c === 'string' ? c : c.text);

/**
 * Lines of a table no wider than `lineWidth` columns, columns two spaces apart, with `indent` before
 * each line, measured as the terminal draws ambiguous characters (`measure`, one column by default).
 */
export function renderTable(
  columns: Column[],
  rows: Cell[][],
  lineWidth: number,
  indent = '',
  head: (s: string) => string = (s) => s,
  measure: Columns = columnsFor(),
): string[] {
  const { width, fit } = measure;
  const pad = (s: string, to: number, align: 'left' | 'right' = 'left'): string =>
    align === 'right' ? measure.padStart(s, to) : measure.padEnd(s, to);
  const sep = 2;
  const widths = columns.map((col, i) =>
    Math.min(col.max ?? Infinity, Math.max(width(col.header), ...rows.map((r) => width(textOf(r[i] ?? ''))))),
  );
  const fixedWidth = widths.reduce((n, w, i) => n + (columns[i]!.flex ? 0 : w), 0) + sep * (columns.length - 1) + width(indent);
  columns.forEach((col, i) => {
    if (col.flex) widths[i] = Math.max(4, Math.min(widths[i]!, lineWidth - fixedWidth));
  });
  const line = (cells: Cell[], paintHeader: boolean): string =>
    indent +
    columns
      .map((col, i) => {
        const cell = cells[i] ?? '';
        const text = pad(fit(textOf(cell), widths[i]!), i === columns.length - 1 && col.align !== 'right' ? 0 : widths[i]!, col.align);
        if (paintHeader) return head(text);
        return typeof cell === 'string' ? text : cell.paint(text);
      })
      .join(' '.repeat(sep))
      .trimEnd();
  return [
    line(
      columns.map((c) => c.header),
      true,
    ),
    ...rows.map((r) => line(r, false)),
  ];
}
