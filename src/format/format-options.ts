import type { ChangeJudgement } from '../check/judge-changes.js';
import type { CheckSummary } from '../model/check-summary.js';
import type { Lang } from '../i18n/lang.js';
import type { Columns } from '../util/display-width.js';

/** Text styling, supplied by the CLI (chalk) or plain for files and tests. */
export interface Style {
  error(s: string): string;
  warning(s: string): string;
  ok(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const id = (s: string): string => s;
export const PLAIN: Style = { error: id, warning: id, ok: id, dim: id, bold: id };

/** What a formatter needs besides the diagnostics. Colour and language come in here. */
export interface FormatContext {
  lang: Lang;
  style: Style;
  summary: CheckSummary;
  /** indicator id → short title for group headings */
  titles: Map<string, string>;
  /** every finding in full, each with its fix (`--verbose`) */
  verbose?: boolean;
  /** the git ref a `--changed` run judges against */
  changedSince?: string;
  /** with --changed: what the change newly covers and which indicators it touches */
  changes?: Pick<ChangeJudgement, 'newlyCovered' | 'governing'> & { touched: string[] };
  /** how the terminal draws ambiguous characters (①, “”, …): the CLI decides from the locale; one column by default */
  columns?: Columns;
}
