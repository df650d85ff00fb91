/**
 * The outline of an XML part of a workbook: its root element and the root's direct children, by
 * position. One forward pass (every step starts where the last one ended), so the cost is linear in
 * the part's size whatever it holds; no regular expression runs over the text. Text and attribute
 * values are not looked into: in well-formed XML `<` never appears raw in either.
 */
export interface XmlElement {
  /** the qualified name as written, `x:sheetData` or `sheetData` */
  name: string;
  /** the name without its namespace prefix */
  local: string;
  start: number;
  /** just past the start tag's `>` */
  openEnd: number;
  /** where the end tag starts (`openEnd` for an empty element) */
  closeStart: number;
  /** just past the element */
  end: number;
}

export type XmlOutline = { root: XmlElement; children: XmlElement[] } | { error: string };

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Index of the `>` that ends the tag starting at `lt`, skipping quoted attribute values; -1 if none. */
function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let j = lt + 1; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return j;
  }
  return -1;
}

/** The name at the start of a tag: up to white space, `/` or `>`. */
function tagName(xml: string, from: number, end: number): string {
  let j = from;
  while (j < end) {
    const c = xml.charCodeAt(j);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
    j++;
  }
  return xml.slice(from, j);
}

const SKIPPED: [string, string][] = [
  ['<?', '?>'],
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
];

export function xmlOutline(xml: string): XmlOutline {
  const open: { name: string; start: number; openEnd: number }[] = [];
  const children: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    const skipped = SKIPPED.find(([from]) => xml.startsWith(from, lt));
    if (skipped) {
      const e = xml.indexOf(skipped[1], lt + skipped[0].length);
      if (e < 0) return { error: `unterminated ${skipped[0]}` };
      i = e + skipped[1].length;
      continue;
    }
    // A DTD: no spreadsheet program writes one, and entity expansion is how XML bombs work.
    if (xml.startsWith('<!', lt)) return { error: 'a DOCTYPE declaration' };
    const end = tagEnd(xml, lt);
    if (end < 0) return { error: `an unterminated tag at character ${lt}` };
    if (xml.charCodeAt(lt + 1) === 47) {
      const name = xml.slice(lt + 2, end).trim();
      const top = open.pop();
      if (!top || top.name !== name) return { error: `</${name}> at character ${lt} closes ${top ? `<${top.name}>` : 'nothing'}` };
      const element = { name, local: localName(name), start: top.start, openEnd: top.openEnd, closeStart: lt, end: end + 1 };
      if (open.length === 1) children.push(element);
      else if (open.length === 0) root = element;
    } else {
      const name = tagName(xml, lt + 1, end);
      if (!name) return { error: `a tag without a name at character ${lt}` };
      if (open.length === 0 && root) return { error: `a second root element <${name}>` };
      if (xml.charCodeAt(end - 1) === 47) {
        const element = { name, local: localName(name), start: lt, openEnd: end + 1, closeStart: end + 1, end: end + 1 };
        if (open.length === 1) children.push(element);
        else if (open.length === 0) root = element;
      } else open.push({ name, start: lt, openEnd: end + 1 });
    }
    i = end + 1;
  }
  if (open.length) return { error: `<${open[open.length - 1]!.name}> is not closed` };
  if (!root) return { error: 'no root element' };
  return { root, children };
}

/** The part with only the root's children whose local names are in `keep`, in their order. */
export function keepChildren(xml: string, outline: { root: XmlElement; children: XmlElement[] }, keep: ReadonlySet<string>): string {
  const { root, children } = outline;
  if (root.openEnd === root.end) return xml;
  const kept = children.filter((c) => keep.has(c.local)).map((c) => xml.slice(c.start, c.end));
  return xml.slice(0, root.openEnd) + kept.join('') + xml.slice(root.closeStart);
}

/** The attributes of a start tag (`<sheet name="x" r:id="rId1"/>`), values as written (entities not decoded). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  let j = 1 + tagName(tag, 1, tag.length).length;
  while (j < tag.length) {
    const eq = tag.indexOf('=', j);
    if (eq < 0) break;
    const name = tag.slice(j, eq).trim();
    let q = eq + 1;
    while (q < tag.length && (tag[q] === ' ' || tag[q] === '\t' || tag[q] === '\n' || tag[q] === '\r')) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") break;
    const close = tag.indexOf(quote, q + 1);
    if (close < 0) break;
    out.set(name, tag.slice(q + 1, close));
    j = close + 1;
  }
  return out;
}
