import type { Style } from './format-options.js';
import type { Lang } from '../i18n/lang.js';
import { t, type MessageKey } from '../i18n/messages.js';
import type { CatalogEntry } from '../model/catalog.js';
import { folderIdFor } from '../model/indicator-id.js';
import { circled as mark } from '../model/material-numbers.js';
import type { ExplainedEntry } from '../check/explain-entries.js';

/** How a material covered without a file of its own is described. */
const EXCEPTION_WORDS = {
  not_applicable: 'exception.not_applicable',
  secret: 'exception.secret',
  same_as: 'exception.same_as',
  statement: 'exception.statement',
} as const satisfies Record<string, MessageKey>;

/** The catalog entries as `ledger explain --format json` prints them (README). */
export function explainJson(entries: CatalogEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** A readable card per indicator. */
export function explainText(items: ExplainedEntry[], lang: Lang, style: Style): string {
  const out: string[] = [];
  for (const { entry: e, coverage, carriers } of items) {
    out.push(style.bold(`${t(lang, 'heading.indicator', { id: e.id })}  ${e.area} › ${e.group}`));
    out.push(e.text);
    out.push(`${t(lang, 'explain.methods')}：${e.methods.join('、') || '—'}`);
    out.push(`${t(lang, 'explain.materials')}：`);
    if (e.materialsFrom)
      out.push(`  ${t(lang, 'explain.materials.from', { id: e.materialsFrom, folder: `evidence/${folderIdFor(e.materialsFrom)}/` })}`);
    const materials = coverage?.materials ?? e.materials.map((m) => ({ ...m, covered: false, by: null, files: [], exception: undefined }));
    if (materials.length === 0) out.push(`  ${t(lang, 'explain.materials.none')}`);
    for (const m of materials) {
      let state = '';
      if (coverage) {
        if (!m.covered) state = style.error(`✖ ${t(lang, 'explain.missing')}`);
        else if (m.files.length)
          state = style.ok(`✔ ${m.files.map((f) => `${f.rel}${f.pages !== null ? ` (${f.pages}p)` : ''}`).join(', ')}`);
        else {
          const kind = t(lang, EXCEPTION_WORDS[m.by as keyof typeof EXCEPTION_WORDS] ?? 'exception.statement');
          state = style.ok(`✔ ${t(lang, 'explain.exception', { kind: m.exception ? `${kind} ${m.exception}` : kind })}`);
        }
      }
      out.push(`  ${mark(m.no)} ${m.text}${state ? `\n     ${state}` : ''}`);
    }
    out.push(`${t(lang, 'explain.lead')}：${e.leadDepartments.join('、') || '—'}`);
    out.push(`${t(lang, 'explain.responsible')}：${e.responsibleRaw || '—'}`);
    for (const c of carriers) {
      const progress = c.progress ? ` — ${c.progress}` : '';
      const contact = c.contact ? `；${t(lang, 'explain.contact')}：${c.contact}` : '';
      out.push(
        `${t(lang, 'explain.units')}：${c.name}（${t(lang, `role.${c.role}`)}）${t(lang, 'explain.status')}：${c.status}${progress}${contact}`,
      );
    }
    if (e.materials.length && !e.materialsFrom) out.push(`${t(lang, 'explain.folder')}：evidence/${folderIdFor(e.id)}/`);
    out.push('');
  }
  return `${out.join('\n')}`;
}
