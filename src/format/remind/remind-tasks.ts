import type { RemindTask, UnitReminder } from '../../check/remind/reminders.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { renderDiagnostic, renderFix } from '../../i18n/diagnostic-messages.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';

export type RemindFormat = 'text' | 'markdown';

/** Markdown's marks in a value taken from the workspace (a note, a file name) are shown, not obeyed. */
export const escapeMarkdown = (s: string): string => s.replace(/[\\`*_[\]<>#|~]/g, '\\$&');

/** One entry of a list: its line and the lines under it (the fix). */
interface Entry {
  line: string;
  under: string[];
}

const where = (d: Diagnostic): string => (d.file ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : '');
const arg = (d: Diagnostic, name: string): string => {
  const v = d.args[name];
  return v === undefined || v === null ? '' : String(v);
};

function sections(tasks: RemindTask[], lang: Lang): { title: string; entries: Entry[]; after: string[] }[] {
  const of = <K extends RemindTask['kind']>(kind: K) => tasks.filter((x): x is Extract<RemindTask, { kind: K }> => x.kind === kind);
  const out: { title: string; entries: Entry[]; after: string[] }[] = [];
  const missing = of('missing');
  if (missing.length) {
    // The general fix of a missing material is the same sentence for each: said once, after the list.
    const fixes = [...new Set(missing.flatMap((m) => (m.finding ? [renderFix(m.finding, lang)] : [])))];
    out.push({
      title: t(lang, 'remind.section.missing', { count: missing.length }),
      entries: missing.map((m) => ({
        line: t(lang, 'remind.missing-item', { indicator: m.indicator, material: m.material, text: m.text }),
        under: m.rejected.length ? [t(lang, 'remind.rejected', { files: m.rejected })] : [],
      })),
      after: fixes.map((fix) => t(lang, 'remind.fix', { fix })),
    });
  }
  const broken = of('broken');
  if (broken.length)
    out.push({
      title: t(lang, 'remind.section.broken', { count: broken.length }),
      entries: broken.map(({ finding: d }) => ({
        line: `${where(d)}${renderDiagnostic(d, lang)}`,
        under: [t(lang, 'remind.fix', { fix: renderFix(d, lang) })],
      })),
      after: [],
    });
  const returned = of('returned');
  if (returned.length)
    out.push({
      title: t(lang, 'remind.section.returned', { count: returned.length }),
      entries: returned.map(({ finding: d }) => ({
        line: t(lang, 'remind.returned-item', {
          indicator: d.indicator ?? '',
          material: arg(d, 'material'),
          note: arg(d, 'note'),
          by: arg(d, 'by'),
          date: arg(d, 'date'),
        }),
        under: [t(lang, 'remind.fix', { fix: renderFix(d, lang) })],
      })),
      after: [],
    });
  const problems = of('problem');
  if (problems.length)
    out.push({
      title: t(lang, 'remind.section.problems', { count: problems.length }),
      entries: problems.map((p) => ({
        line: t(lang, p.overdue ? 'remind.problem-overdue' : 'remind.problem-due-soon', {
          id: p.id,
          indicator: p.indicator,
          description: p.description,
          due: p.due,
          days: p.days,
        }),
        under: [],
      })),
      after: [],
    });
  for (const l of of('ledger'))
    out.push({ title: t(lang, 'remind.section.ledger'), entries: [{ line: t(lang, 'remind.ledger-item', l), under: [] }], after: [] });
  return out;
}

/** The `{{tasks}}` of one unit's reminder: its sections, each a numbered list, fixes under the entries. */
export function renderTasks(u: UnitReminder, lang: Lang, format: RemindFormat): string {
  const md = format === 'markdown';
  const e = md ? escapeMarkdown : (s: string): string => s;
  return sections(u.tasks, lang)
    .map((s) => {
      const lines = [md ? `**${e(s.title)}**` : `${s.title}${lang === 'zh' ? '：' : ':'}`, ...(md ? [''] : [])];
      s.entries.forEach((x, i) => {
        lines.push(md ? `${i + 1}. ${e(x.line)}` : `  ${i + 1}. ${x.line}`);
        for (const u of x.under) lines.push(md ? `   - ${e(u)}` : `     ${u}`);
      });
      for (const a of s.after) lines.push(md ? `\n${e(a)}` : `  ${a}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
