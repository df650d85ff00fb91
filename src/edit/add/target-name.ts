import { windowsUnsafeReason } from '../../model/file-names.js';
import { materialNumbers } from '../../model/material-numbers.js';

/** Characters Windows forbids in names, replaced by their full-width forms (what a person would type). */
const FULL_WIDTH: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  ':': '：',
  '"': '＂',
  '/': '／',
  '\\': '＼',
  '|': '｜',
  '?': '？',
  '*': '＊',
};

/** A leading material number as people write it (`2-`, `②`, `（2）`, `第2项`, `1+3-`). */
const NUMBER_PREFIX =
  /^(?:\d{1,2}(?:\s*[+、，,]\s*\d{1,2})*|[①-⑳]+|[（(]\s*\d{1,2}\s*[）)]|第\s*\d{1,2}\s*项)\s*[-_ .．、，,　)）：:]?\s*/u;

/**
 * The name a file gets in its evidence folder: `<material>-<label or original name>.<ext>`, NFC,
 * safe on Windows (forbidden characters in full width, no trailing dot or space, at most 100
 * characters of name), the extension in lower case. A 情况说明 source keeps 情况说明 in its name,
 * which is how the check knows it for one.
 */
export function safeFileName(material: number, label: string | undefined, original: string, statement: boolean): string {
  const dot = original.lastIndexOf('.');
  const ext = dot > 0 ? original.slice(dot).toLowerCase() : '';
  let base = (label ?? (dot > 0 ? original.slice(0, dot) : original)).normalize('NFC');
  if (label === undefined && materialNumbers(base) !== null) base = base.replace(NUMBER_PREFIX, '');
  base = [...base]
    .map((c) => FULL_WIDTH[c] ?? (c.charCodeAt(0) < 0x20 ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-_.\s]+/, '');
  if (statement && !base.includes('情况说明')) base = base ? `${base}-情况说明` : '情况说明';
  base = [...base]
    .slice(0, 100)
    .join('')
    .replace(/[.\s]+$/, '');
  const name = `${material}-${base || '材料'}${ext}`;
  return windowsUnsafeReason(name) ? `${material}-材料${ext}` : name;
}
