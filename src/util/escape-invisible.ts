/**
 * Text a pull request controls (file names, folder labels, YAML values, PDF titles) on its way into
 * a terminal, a CI log, JUnit XML, Markdown or HTML. Every character that would act instead of
 * being read is shown as an escape:
 * - C0 controls, DEL and C1 controls (ESC/CSI/OSC sequences recolour or relink a terminal, CR and
 *   LF let a name start a line of its own: a forged `::error` or `::add-mask::` in a CI log);
 * - bidirectional controls (U+202E turns `gnp.exe` into `exe.png` on screen), line and paragraph
 *   separators, the byte order mark, interlinear annotation marks;
 * - U+FFFE, U+FFFF and lone surrogates (not characters: XML 1.0 refuses them, UTF-8 cannot hold them).
 * `\n`, `\r` and `\t` read as such; the rest as `\xNN` (up to U+00FF) or `\uNNNN`.
 * The result holds none of these, so applying it twice changes nothing.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.source;
const ACTING = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\ufffe\uffff]/.source;
const UNSAFE = new RegExp(`${ACTING}|${LONE_SURROGATE}`, 'g');

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escape = (c: string): string => {
  const short = SHORT[c];
  if (short) return short;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** The text with every character that would act on its reader shown as an escape (see above). */
export function visibleText(s: string): string {
  return s.replace(UNSAFE, escape);
}

/** What XML 1.0 refuses (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). */
const NOT_XML = new RegExp(`${/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.source}|${LONE_SURROGATE}`, 'g');

/**
 * Text for an XML file that keeps its line breaks (a spreadsheet cell): only what XML 1.0 refuses
 * is shown as an escape, as `visibleText` shows it; a cell with one of these makes the whole
 * workbook unreadable ("found unreadable content").
 */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, escape);
}

/**
 * A copy of a value (the findings, a report, its Maps and arrays) with `visibleText` applied to every
 * string in it, keys included, so a formatter can use the data as it is.
 */
export function visibleDeep<T>(value: T): T {
  return mapStrings(value, visibleText);
}

/**
 * A copy of a value with `fn` applied to every string in it, keys included (so lookups by key still
 * agree); functions (a Style), numbers and instances of classes are kept as they are.
 */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  const deep = (v: unknown): unknown => {
    if (typeof v === 'string') return fn(v);
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(deep);
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [deep(k), deep(x)]));
    if (v instanceof Set) return new Set([...v].map(deep));
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return v;
    const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
    // defineProperty: a `__proto__` key from YAML stays a key, never the copy's prototype.
    for (const [k, x] of Object.entries(v)) {
      Object.defineProperty(out, fn(k), { value: deep(x), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return deep(value) as T;
}
