import { brokenOf } from '../model/check-summary.js';
import { joinList } from '../i18n/lang.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic, renderFix } from '../i18n/diagnostic-messages.js';
import { t } from '../i18n/messages.js';
import { columnsFor, type Columns } from '../util/display-width.js';
import { visibleDeep } from '../util/escape-invisible.js';
import type { FormatContext } from './format-options.js';
import { groupTitle } from './group-title.js';
import { missingGroups } from './missing-groups.js';
import { pushTo } from '../util/push-to.js';

/** Terminal width the report is laid out for. */
const WIDTH = 100;

const columnsOf = (ctx: Pick<FormatContext, 'columns'>): Columns => ctx.columns ?? columnsFor();

function location(d: Diagnostic): string {
  if (!d.file) return '';
  return d.line !== null ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}

/** One finding: mark, place, message, code; wrapped to the width with a hanging indent; the fix below it. */
function problem(d: Diagnostic, ctx: FormatContext, withFix: boolean): string[] {
  const { style, lang } = ctx;
  const { width: displayWidth, wrap: wrapText } = columnsOf(ctx);
  const sev = t(lang, d.severity === 'error' ? 'severity.error' : d.severity === 'warning' ? 'severity.warning' : 'severity.info');
  const paint = d.severity === 'error' ? style.error : d.severity === 'warning' ? style.warning : style.dim;
  const mark = d.severity === 'error' ? '✖' : d.severity === 'warning' ? '⚠' : 'ℹ';
  const loc = location(d);
  const head = `  ${mark} ${sev} `;
  const body = `${loc ? `${loc} ` : ''}${renderDiagnostic(d, lang)} [${d.code}]`;
  const lines = wrapText(body, WIDTH, { indent: ' '.repeat(displayWidth(head)), hang: '      ' }).map((l, i) =>
    i === 0 ? l.trimStart() : l,
  );
  const out = [
    `${paint(head)}${lines[0]!.replace(loc, style.bold(loc)).replace(`[${d.code}]`, style.dim(`[${d.code}]`))}`,
    ...lines.slice(1),
  ];
  if (withFix) {
    const fix = `${t(lang, 'fix.prefix')}${renderFix(d, lang)}`;
    out.push(...wrapText(fix, WIDTH, { indent: '      ', hang: '      ' }).map(style.dim));
  }
  return out;
}

/** One finding on one line (unwrapped, no fix): mark, location, message, code. */
export function findingLine(finding: Diagnostic, ctx: Pick<FormatContext, 'style' | 'lang'>): string {
  const { style, lang } = ctx;
  const d = visibleDeep(finding);
  const sev = t(lang, d.severity === 'error' ? 'severity.error' : d.severity === 'warning' ? 'severity.warning' : 'severity.info');
  const mark =
    d.severity === 'error' ? style.error(`✖ ${sev}`) : d.severity === 'warning' ? style.warning(`⚠ ${sev}`) : style.dim(`ℹ ${sev}`);
  const loc = location(d);
  return `  ${mark} ${loc ? `${style.bold(loc)} ` : ''}${renderDiagnostic(d, lang)} ${style.dim(`[${d.code}]`)}`;
}

/** `共 119 项指标：材料齐全 3 项，缺材料 112 项…；台账已完成 4 项`: the headline of every report. */
export function summaryLine(lang: FormatContext['lang'], s: FormatContext['summary']): string {
  const { indicators, complete, incomplete, withoutMaterials, ledgerDone } = s;
  return t(lang, 'summary.line', { indicators, complete, incomplete, withoutMaterials, ledgerDone });
}

/** The summary block: indicators, materials, findings, deadline and stage. */
function summaryBlock(ctx: FormatContext): string[] {
  const { style, lang, summary: s } = ctx;
  const wrapText = columnsOf(ctx).wrap;
  const out: string[] = [];
  out.push(style.bold(summaryLine(lang, s)));
  const percent = s.materials.required ? Math.floor((s.materials.covered / s.materials.required) * 100) : 100;
  let materials = t(lang, 'summary.materials', { ...s.materials, percent });
  const u = s.unassigned;
  if (u.indicators) materials += t(lang, 'summary.unassigned', { count: u.indicators, covered: u.covered, required: u.required });
  out.push(...wrapText(materials, WIDTH));
  const findings = t(lang, 'summary.findings', { errors: s.errors, warnings: s.warnings });
  // Missing is not broken: materials still to submit are work to do, shown without alarm; the colour is for the rest.
  const broken = brokenOf(s);
  out.push(broken > 0 ? style.error(findings) : s.warnings > 0 || s.toSubmit > 0 ? style.warning(findings) : style.ok(findings));
  if (s.errors > 0) out.push(t(lang, 'summary.findings-split', { toSubmit: s.toSubmit, broken }));
  if (s.deadline) {
    const st = s.deadline.stage;
    out.push(
      `${t(lang, 'summary.deadline', { date: s.deadline.nextDue, days: s.deadline.daysLeft })}${lang === 'zh' ? '；' : '; '}` +
        (st ? t(lang, 'summary.stage', { name: st.name, due: st.due }) : t(lang, 'summary.stage.after')),
    );
  }
  return out;
}

/** Per unit: indicators, lead, ledger done, materials complete, materials covered/required, errors. */
function unitTable(ctx: FormatContext): string[] {
  const units = Object.values(ctx.summary.units).filter((u) => u.indicators > 0);
  if (units.length === 0) return [];
  // Column widths; the first column is left-aligned, the rest right-aligned.
  const widths = [16, 6, 6, 12, 10, 16, 8, 8];
  const { padEnd, padStart, fit: fitWidth } = columnsOf(ctx);
  const row = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? padEnd(fitWidth(c, widths[0]! - 2), widths[0]!) : padStart(c, widths[i]!))).join('');
  const lines = units.map((u) => {
    const pct = u.required ? ` ${Math.floor((u.covered / u.required) * 100)}%` : '';
    const line = row([
      u.name,
      String(u.indicators),
      String(u.lead),
      String(u.ledgerDone),
      String(u.complete),
      `${u.covered}/${u.required}${pct}`,
      String(u.toSubmit),
      String(brokenOf(u)),
    ]);
    // Red only for what is broken, wrong or overdue; materials still to submit are work to do.
    return brokenOf(u) > 0 ? ctx.style.error(line) : line;
  });
  return [ctx.style.dim(row(t(ctx.lang, 'units.heading').split('|'))), ...lines];
}

/** Missing materials, one line per indicator: `指标 3 <title>：缺 ②④⑤（法规科）`. */
function missingLines(missing: Diagnostic[], ctx: FormatContext): string[] {
  const fitWidth = columnsOf(ctx).fit;
  return missingGroups(missing).map((g) => {
    const line = t(ctx.lang, 'missing.line', { title: groupTitle(g.indicator, ctx), marks: g.marks, units: joinList(g.units, ctx.lang) });
    return (g.error ? ctx.style.error : (s: string) => s)(`  ${fitWidth(line, WIDTH - 2)}`);
  });
}

/** The full listing of `--verbose`: every finding grouped by indicator, each with its fix. */
function fullListing(diagnostics: Diagnostic[], ctx: FormatContext): string[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) pushTo(groups, d.indicator ?? '', d);
  const out: string[] = [];
  for (const [id, list] of groups) {
    out.push(ctx.style.bold(groupTitle(id, ctx)));
    for (const d of list) out.push(...problem(d, ctx, true));
    out.push('');
  }
  return out;
}

/**
 * Human-readable report: the summary first (per unit), then the problems to fix with what to do,
 * then what is missing, one line per indicator. `--verbose` lists every finding in full.
 */
export function formatText(findings: Diagnostic[], context: FormatContext): string {
  // What a pull request wrote reaches the terminal with its control characters shown, never acting.
  const diagnostics = visibleDeep(findings);
  const ctx = visibleDeep(context);
  const out: string[] = [];
  if (ctx.changedSince) out.push(ctx.style.dim(t(ctx.lang, 'summary.changed', { ref: ctx.changedSince })));
  out.push(...summaryBlock(ctx));
  const table = unitTable(ctx);
  if (table.length) out.push('', ...table);
  if (diagnostics.length === 0) {
    out.push('', ctx.style.ok(t(ctx.lang, 'summary.clean')));
    return `${out.join('\n')}\n`;
  }
  if (ctx.verbose) {
    out.push('', ...fullListing(diagnostics, ctx));
    return `${out.join('\n').trimEnd()}\n`;
  }
  const missing = diagnostics.filter((d) => d.code === 'material-missing');
  const unassigned = diagnostics.filter((d) => d.code === 'indicator-unassigned');
  const problems = diagnostics.filter((d) => d.code !== 'material-missing' && d.code !== 'indicator-unassigned');
  if (problems.length || unassigned.length) {
    out.push('', ctx.style.bold(t(ctx.lang, 'problems.heading', { count: problems.length + unassigned.length })));
    for (const d of problems) out.push(...problem(d, ctx, true));
    // One line for all indicators nobody carries: each is the same task for the coordinator.
    if (unassigned.length) {
      const ids = unassigned.map((d) => d.indicator ?? '').join(ctx.lang === 'zh' ? '、' : ', ');
      const text = t(ctx.lang, 'unassigned.line', { count: unassigned.length, ids });
      const lines = columnsOf(ctx).wrap(text, WIDTH, { indent: '    ', hang: '      ' });
      out.push(...lines.map((l, i) => (i === 0 ? `  ${ctx.style.warning('⚠')} ${l.trimStart()}` : l)));
    }
  }
  if (missing.length) {
    const count = new Set(missing.map((d) => d.indicator)).size;
    out.push('', ctx.style.bold(t(ctx.lang, 'missing.heading', { count })), ...missingLines(missing, ctx));
    out.push(ctx.style.dim(t(ctx.lang, 'missing.more')));
  }
  return `${out.join('\n')}\n`;
}
