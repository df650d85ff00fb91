import { LineCounter, parseDocument, type Document } from 'yaml';
import { duplicateKeyErrors, protoKeys } from './yaml-duplicate-keys.js';
import type { z } from 'zod';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { positionAt, positionOfPath } from '../model/yaml-position.js';
import { issueFacts } from './zod-issue.js';

export interface ParsedYaml<T> {
  /** null when the file does not parse or does not match its schema */
  value: T | null;
  /** the parsed document (kept for positions and for edits that keep comments) */
  doc: Document | null;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

/**
 * Parse YAML text and validate it against a zod schema. Never throws: syntax errors, duplicate
 * keys and schema violations come back as located diagnostics.
 */
export function parseYaml<S extends z.ZodType>(text: string, file: string, schema: S): ParsedYaml<z.output<S>> {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  // The library's own unique-key check compares every pair of keys (40,000 keys took minutes) and
  // tells 15 from "15": duplicateKeyErrors does it once per key, on the keys as the data will have them.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  doc.errors.push(...duplicateKeyErrors(doc));

  for (const err of doc.errors) {
    const pos = err.linePos?.[0] ?? positionAt(lineCounter, err.pos[0]);
    const line = 'line' in pos ? pos.line : 1;
    const column = 'col' in pos ? pos.col : 'column' in pos ? pos.column : 1;
    const code = err.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    // The commonest slip in Chinese text: a full-width colon where YAML needs `: `.
    const lineText = text.split('\n')[line - 1] ?? '';
    const fullWidthColon = code === 'yaml-syntax' && /^\s*[^#\s][^:]*：/.test(lineText) ? 'yes' : 'no';
    diagnostics.push(diag(code, { detail: err.message.split('\n')[0], yamlCode: err.code, fullWidthColon }, { file, line, column }));
  }
  if (diagnostics.length > 0) return { value: null, doc, lineCounter, diagnostics };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // Unresolved aliases and alias bombs only surface when the document is converted.
    diagnostics.push(diag('yaml-syntax', { detail: (e as Error).message }, { file, line: 1, column: 1 }));
    return { value: null, doc, lineCounter, diagnostics };
  }
  for (const p of protoKeys(doc)) {
    const { line, column } = positionAt(lineCounter, p.offset);
    diagnostics.push(diag('schema-invalid', { path: p.path, expected: 'keys', found: '__proto__' }, { file, line, column }));
  }
  const result = schema.safeParse(data ?? {});
  if (result.success) return { value: diagnostics.length ? null : result.data, doc, lineCounter, diagnostics };

  const valueAt = (path: PropertyKey[]): unknown =>
    path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
  for (const issue of result.error.issues) {
    const facts = issueFacts(issue, valueAt);
    const { line, column } = positionOfPath(doc, lineCounter, facts.dataPath, facts.atKey);
    diagnostics.push(diag('schema-invalid', { path: facts.path, expected: facts.expected, found: facts.found }, { file, line, column }));
  }
  return { value: null, doc, lineCounter, diagnostics };
}
