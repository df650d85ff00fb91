import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic } from '../i18n/diagnostic-messages.js';
import { groupTitle } from './group-title.js';
import type { FormatContext } from './format-options.js';
import { visibleDeep } from '../util/escape-invisible.js';

/** XML text and attribute values; the data is already `visibleText`, so no character XML 1.0 refuses is left. */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const where = (d: Diagnostic): string => (d.file ? `${d.file}${d.line !== null ? `:${d.line}:${d.column ?? 1}` : ''}` : '');

/**
 * JUnit XML: one test case per indicator (and one for workspace-wide findings); each error is a
 * failure, warnings go to system-out so they are visible without failing the build.
 */
export function formatJunit(findings: Diagnostic[], context: FormatContext): string {
  // U+FFFE, lone surrogates and C0 controls would make the file not well-formed: shown as escapes.
  const diagnostics = visibleDeep(findings);
  const ctx = visibleDeep(context);
  const cases = new Map<string, Diagnostic[]>();
  for (const id of ctx.titles.keys()) cases.set(id, []);
  for (const d of diagnostics) {
    const key = d.indicator ?? '';
    if (!cases.has(key)) cases.set(key, []);
    cases.get(key)!.push(d);
  }
  let failures = 0;
  const body: string[] = [];
  for (const [id, list] of cases) {
    const name = groupTitle(id, ctx);
    const errors = list.filter((d) => d.severity === 'error');
    const warnings = list.filter((d) => d.severity === 'warning');
    failures += errors.length ? 1 : 0;
    const parts = [`    <testcase classname="ledger.check" name="${esc(name)}">`];
    if (errors.length) {
      const text = errors.map((d) => `[${d.code}] ${where(d)} ${renderDiagnostic(d, ctx.lang)}`).join('\n');
      parts.push(
        `      <failure type="${esc(errors[0]!.code)}" message="${esc(renderDiagnostic(errors[0]!, ctx.lang))}">${esc(text)}</failure>`,
      );
    }
    if (warnings.length) {
      parts.push(
        `      <system-out>${esc(warnings.map((d) => `[${d.code}] ${where(d)} ${renderDiagnostic(d, ctx.lang)}`).join('\n'))}</system-out>`,
      );
    }
    parts.push('    </testcase>');
    body.push(parts.join('\n'));
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ledger" tests="${cases.size}" failures="${failures}">`,
    `  <testsuite name="ledger check" tests="${cases.size}" failures="${failures}" errors="0">`,
    ...body,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
