import type { z } from 'zod';

/** The language-neutral facts of a schema violation; i18n renders them. */
export interface IssueFacts {
  path: string;
  expected: string;
  found: string;
  /** where to put the position: the key itself (unknown keys) or the value */
  atKey: boolean;
  dataPath: PropertyKey[];
}

/** Short preview of a YAML value for "found …". */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'map';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

export function dottedPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
      .join('.')
      .replace(/\.\[/g, '[') || '(root)'
  );
}

/**
 * Translate one zod issue into facts. `expected` is a small tagged string
 * (`type:string`, `enum:a|b`, `min:1`, `format:YYYY-MM-DD`, `keys`, `text:…`) that the message
 * catalog turns into words.
 */
export function issueFacts(issue: z.core.$ZodIssue, valueAt: (p: PropertyKey[]) => unknown): IssueFacts {
  const dataPath = [...issue.path];
  const found = describeValue(valueAt(dataPath));
  switch (issue.code) {
    case 'invalid_type':
      return { path: dottedPath(dataPath), expected: `type:${issue.expected}`, found, atKey: false, dataPath };
    case 'invalid_value':
      return { path: dottedPath(dataPath), expected: `enum:${issue.values.map(String).join('|')}`, found, atKey: false, dataPath };
    case 'too_small':
      return {
        path: dottedPath(dataPath),
        expected: `${issue.origin === 'array' ? 'minItems' : issue.origin === 'string' ? 'minLength' : 'min'}:${String(issue.minimum)}`,
        found,
        atKey: false,
        dataPath,
      };
    case 'too_big':
      return { path: dottedPath(dataPath), expected: `max:${String(issue.maximum)}`, found, atKey: false, dataPath };
    case 'unrecognized_keys': {
      const keyPath = [...dataPath, issue.keys[0] ?? ''];
      return { path: dottedPath(keyPath), expected: 'keys', found: issue.keys.join(', '), atKey: true, dataPath: keyPath };
    }
    case 'invalid_format':
      return { path: dottedPath(dataPath), expected: `text:${issue.message}`, found, atKey: false, dataPath };
    case 'invalid_key':
      return { path: dottedPath(dataPath), expected: 'text:a valid key', found, atKey: true, dataPath };
    default:
      return { path: dottedPath(dataPath), expected: `text:${issue.message}`, found, atKey: false, dataPath };
  }
}
