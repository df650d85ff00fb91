import { brokenOf } from '../../model/check-summary.js';
import type { StatusReport } from '../../check/status/report.js';
import { renderDiagnostic } from '../../i18n/diagnostic-messages.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { circled } from '../../model/material-numbers.js';
import { problemSection } from './status-problems.js';
import { returnsMarkdown } from './status-returns-text.js';
import { mapStrings } from '../../util/escape-invisible.js';
import { mdText } from '../markdown.js';
import {
  historyNote,
  noticeUnits,
  percentText,
  progressText,
  reviewedUnits,
  reviewLines,
  sectionsAfterAreas,
  trendRow,
  UNIT_COLUMNS,
} from './status-words.js';

/** A cell on one line; the data in it is already escaped (mdText), so nothing in it opens a cell, a link or a tag. */
const cell = (s: string | number): string => String(s).replace(/(?<!\s)\s*\n\s*/g, ' '); // starts only where blanks start: linear

function table(headers: string[], align: ('l' | 'r')[], rows: (string | number)[][]): string[] {
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** `ledger status --format markdown`: for a CI job summary or pasting into the office's messages. */
export function formatStatusMarkdown(report: StatusReport, lang: Lang): string {
  // Every name, contact, file name and catalog text as Markdown text: no HTML, link, code span or cell of its own.
  const r = mapStrings(report, mdText);
  const d = r.deadline;
  const m = r.totals.materials;
  const { materials: _m, ...counts } = r.totals;
  const out = [`## ${t(lang, 'status.title', { org: r.organization })}（${t(lang, 'status.as-of', { date: r.today })}）`, ''];
  out.push(`- ${t(lang, 'summary.deadline', { date: d.nextDue, days: d.daysLeft })}`);
  out.push(
    `- ${d.stage ? t(lang, 'status.stage', { name: d.stage.name, due: d.stage.due, days: d.stage.daysLeft }) : t(lang, 'summary.stage.after')}`,
  );
  if (d.nextStage) out.push(`- ${t(lang, 'status.next-stage', { ...d.nextStage })}`);
  out.push(`- ${t(lang, 'status.totals', { ...counts, covered: m.covered, required: m.required, percent: m.percent ?? 0 })}`, '');

  out.push(`### ${t(lang, 'status.units')}`, '');
  const cols = UNIT_COLUMNS;
  out.push(
    ...table(
      cols.map((c) => t(lang, `status.col.${c}`)),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l', 'l'],
      r.units.map((u) => [
        u.stalled ? `**${u.name}**` : u.name,
        `${u.lead}/${u.cooperate}`,
        `${u.ledgerDone}/${u.indicators}`,
        u.complete,
        `${u.covered}/${u.required}`,
        percentText(u.percent),
        u.toSubmit,
        brokenOf(u),
        u.lastChange ?? '—',
        u.stalled ? `**${progressText(u, lang)}**` : progressText(u, lang),
        u.contact || '—',
      ]),
    ),
  );
  const stalled = noticeUnits(r);
  if (stalled.length) {
    out.push(
      '',
      `> ${t(lang, 'status.stalled.note', { date: d.previousDue })}`,
      '>',
      `> **${t(lang, 'status.stalled.count', { units: stalled.map((u) => u.name).join('、') })}**`,
    );
  }

  if (r.unit && r.units[0]) {
    const u = r.units[0];
    out.push('', `### ${t(lang, 'status.unit.missing', { count: u.missing.length })}`, '');
    if (u.missing.length === 0) out.push(t(lang, 'status.unit.none-missing'));
    for (const x of u.missing) out.push(`- ${t(lang, 'heading.indicator', { id: x.indicator })} ${circled(x.material)} ${cell(x.text)}`);
    out.push('', `### ${t(lang, 'status.unit.findings', { count: r.findings?.length ?? 0 })}`, '');
    for (const f of r.findings ?? []) out.push(`- ${f.file ? `${f.file} ` : ''}${cell(renderDiagnostic(f, lang))} \`${f.code}\``);
  } else {
    out.push('', `### ${t(lang, 'status.areas')}`, '');
    out.push(
      ...table(
        ['area', 'indicators', 'complete', 'materials', 'percent'].map((c) => t(lang, `status.col.${c}` as 'status.col.area')),
        ['l', 'r', 'r', 'r', 'r'],
        r.areas.map((a) => [a.area, a.indicators, a.complete, `${a.covered}/${a.required}`, percentText(a.percent)]),
      ),
    );
    out.push('', ...sectionsAfterAreas(r, lang).flatMap((s) => [s, '']));
  }
  out.push('', `### ${t(lang, 'status.reviews.title', { body: r.reviewBody })}`, '', reviewLines(r, lang, false)[0]!, '');
  const reviewed = reviewedUnits(r);
  if (reviewed.length && !r.unit) {
    const cols = ['unit', 'passed', 'returned', 'stale', 'unreviewed'] as const;
    out.push(
      ...table(
        cols.map((c) => t(lang, `status.col.${c}`)),
        ['l', 'r', 'r', 'r', 'r'],
        reviewed.map((u) => [u.name, u.counts.passed, u.counts.returned, u.counts.stale, u.counts.unreviewed]),
      ),
    );
  }

  const p = problemSection(r, lang);
  if (p) {
    out.push('', `### ${p.title}`, '', p.summary, '');
    if (p.rows.length) out.push(...table(p.headers, ['l', 'r', 'r', 'r', 'r', 'r'], p.rows), '');
    if (p.overdue.length) out.push(`**${p.overdueTitle}**`, '', ...p.overdue.map((o) => `- ${cell(o)}`));
  }

  out.push('', ...returnsMarkdown(r, lang));
  out.push('', `### ${t(lang, 'status.trend')}`, '');
  const note = historyNote(r, lang);
  if (note) out.push(`> ${note}`, '');
  if (r.trend.length) {
    out.push(
      ...table(
        ['', t(lang, 'status.col.materials'), t(lang, 'status.col.percent'), t(lang, 'status.col.complete'), t(lang, 'status.col.ledger')],
        ['l', 'r', 'r', 'r', 'r'],
        r.trend.map((p) => trendRow(r, p, lang)),
      ),
    );
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
