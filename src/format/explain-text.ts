import type { Style } from './format-options.js';
import type { Lang } from '../i18n/lang.js';
import { t, type PlainMessageKey } from '../i18n/messages.js';
import type { Code } from '../diagnostics/codes.js';
import { DIAGNOSTIC_MESSAGES, renderDiagnostic } from '../i18n/diagnostic-messages.js';
import { folderIdFor } from '../model/indicator-id.js';
import { circled as mark } from '../model/material-numbers.js';
import type { ExplainedEntry } from '../check/explain-entries.js';
import type { MaterialCoverage } from '../model/coverage.js';
import { visibleDeep } from '../util/escape-invisible.js';

/** How a material covered without a file of its own is described. */
const EXCEPTION_WORDS = {
  not_applicable: 'exception.not_applicable',
  secret: 'exception.secret',
  same_as: 'exception.same_as',
  statement: 'exception.statement',
} as const satisfies Record<string, PlainMessageKey>;

/**
 * The catalog entries as `ledger explain --format json` prints them (README). A merged indicator
 * lists the shared materials; `materialsFrom` names the indicator whose folder holds them. In a
 * workspace, a material with a 初评 verdict carries it as `review` (as the check judged it).
 */
export function explainJson(items: (Pick<ExplainedEntry, 'entry' | 'materials'> & { coverage?: ExplainedEntry['coverage'] })[]): string {
  return `${JSON.stringify(
    items.map(({ entry, materials, coverage }) => ({
      ...entry,
      materials: materials.map((m) => {
        const review = coverage?.materials.find((c) => c.no === m.no)?.review;
        return review ? { ...m, review } : m;
      }),
    })),
    null,
    2,
  )}\n`;
}

/** The 初评 line under a material, when it has a verdict. */
function reviewLine(r: MaterialCoverage['review'], lang: Lang, style: Style): string | null {
  if (!r) return null;
  const args = { by: r.by, date: r.date, note: r.note ?? '', changed: r.changed.join(listSep(lang)) };
  if (r.verdict === '退回') return style.error(`✖ ${t(lang, 'explain.review.returned', args)}`);
  if (r.stale) return style.warning(`⚠ ${t(lang, 'explain.review.stale', args)}`);
  return style.ok(`✔ ${t(lang, 'explain.review.passed', args)}`);
}

/** `label：value` in Chinese, `label: value` in English. */
const labelled = (lang: Lang, key: PlainMessageKey, value: string): string =>
  `${t(lang, key)}${lang === 'zh' ? '：' : ': '}${value}`.trimEnd();
const listSep = (lang: Lang): string => (lang === 'zh' ? '、' : ', ');
const paren = (lang: Lang, s: string): string => (lang === 'zh' ? `（${s}）` : ` (${s})`);

/** A readable card per indicator: materials with the files that prove them, or why a file does not count. */
export function explainText(entries: ExplainedEntry[], lang: Lang, style: Style): string {
  const out: string[] = [];
  // Catalog, names, progress and file names come from the workspace: control characters shown, never acting.
  for (const { entry: e, materials: listed, coverage, carriers } of visibleDeep(entries)) {
    out.push(style.bold(`${t(lang, 'heading.indicator', { id: e.id })}  ${e.area} › ${e.group}`));
    out.push(e.text);
    out.push(labelled(lang, 'explain.methods', e.methods.join(listSep(lang)) || '—'));
    out.push(labelled(lang, 'explain.materials', ''));
    if (e.materialsFrom) {
      out.push(`  ${t(lang, 'explain.materials.from', { id: e.materialsFrom, folder: `evidence/${folderIdFor(e.materialsFrom)}/` })}`);
    }
    const materials =
      coverage?.materials ??
      listed.map((m) => ({ ...m, covered: false, by: null, files: [], rejected: [], links: [], exception: undefined }));
    if (materials.length === 0) out.push(`  ${t(lang, 'explain.materials.none')}`);
    for (const m of materials) {
      out.push(`  ${mark(m.no)} ${m.text}`);
      if (!coverage) continue;
      if (m.by === null) out.push(`     ${style.error(`✖ ${t(lang, 'explain.missing')}`)}`);
      else if (m.files.length || m.by === 'link') {
        if (m.files.length)
          out.push(
            `     ${style.ok(`✔ ${m.files.map((f) => `${f.rel}${f.pages !== null ? ` (${f.pages}p)` : ''}`).join(listSep(lang))}`)}`,
          );
      } else {
        const kind = t(lang, EXCEPTION_WORDS[m.by as keyof typeof EXCEPTION_WORDS] ?? 'exception.statement');
        out.push(`     ${style.ok(`✔ ${t(lang, 'explain.exception', { kind: m.exception ? `${kind} ${m.exception}` : kind })}`)}`);
      }
      // News links count like files: each on its own line, with where and when it was published.
      for (const l of m.links) {
        const meta = [l.source, l.date].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
        out.push(`     ${style.ok(`✔ ${t(lang, 'explain.link', { title: l.title, url: l.url, meta })}`)}`);
      }
      // Files that are there but do not count: the reason and what to do, as on the 材料核查 sheet.
      for (const r of m.rejected) {
        const reason = renderDiagnostic({ code: r.code as Code, args: r.args }, lang);
        out.push(`     ${style.warning(`✖ ${r.rel}`)}${paren(lang, reason)}`);
        out.push(`       ${style.dim(`→ ${DIAGNOSTIC_MESSAGES[r.code as Code]?.fix[lang] ?? ''}`)}`);
      }
      const review = reviewLine('review' in m ? m.review : undefined, lang, style);
      if (review) out.push(`     ${review}`);
    }
    out.push(labelled(lang, 'explain.lead', e.leadDepartments.join(listSep(lang)) || '—'));
    out.push(labelled(lang, 'explain.responsible', e.responsibleRaw || '—'));
    for (const c of carriers) {
      const progress = c.progress ? ` — ${c.progress}` : '';
      const contact = c.contact ? `${lang === 'zh' ? '；' : '; '}${labelled(lang, 'explain.contact', c.contact)}` : '';
      const role = paren(lang, t(lang, `role.${c.role}`));
      out.push(
        `${labelled(lang, 'explain.units', `${c.name}${role}`)} ${labelled(lang, 'explain.status', `${c.status}${progress}`)}${contact}`,
      );
    }
    if (listed.length && !e.materialsFrom) out.push(labelled(lang, 'explain.folder', `evidence/${folderIdFor(e.id)}/`));
    out.push('');
  }
  return `${out.join('\n')}`;
}
