import type { PdfInfo } from '../inspect/result.js';
import { rethrowLimit } from '../limits.js';
import { PdfRef, PdfStream, type PdfDict } from '../syntax/pdf-values.js';
import type { ObjectResolver } from '../xref/object-resolver.js';

const MAX_XMP = 4 * 1024 * 1024;
/** An ISO 8601 date as XMP allows it: year, then optional month, day, time and zone. */
const XMP_DATE = /^\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?)?)?$/;

export interface XmpMetadata {
  info: PdfInfo;
  /** the whole packet as text, entities resolved (for checks that must see every value) */
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/**
 * Document metadata from the catalog's XMP packet. Best effort: any failure simply yields nothing,
 * it never makes a file count as damaged. Every search is a forward scan (indexOf), so the time
 * is linear in the packet's size whatever it holds.
 */
export function readXmp(r: ObjectResolver, catalog: PdfDict): XmpMetadata | undefined {
  try {
    const ref = catalog.get('Metadata');
    if (!(ref instanceof PdfRef)) return undefined;
    const holder = r.get(ref.num);
    if (!(holder.value instanceof PdfStream)) return undefined;
    // /EncryptMetadata false leaves XMP in clear: if decrypting gives no packet, try raw bytes.
    let xml = packet(r.streamBytes(holder.value, holder.num, holder.gen));
    if (xml === undefined && r.decryptor) xml = packet(r.streamBytes(holder.value, holder.num, holder.gen, false));
    return xml === undefined ? undefined : { info: fromXml(xml), text: unescapeXml(xml) };
  } catch (err) {
    rethrowLimit(err);
    return undefined;
  }
}

/** XMP is UTF-8 (or UTF-16 with a BOM); some Chinese writers put GBK bytes there instead. */
function packet(bytes: Buffer): string | undefined {
  if (bytes.length > MAX_XMP) return undefined;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes).swap16().toString('utf16le') : gb18030.decode(bytes);
  }
  return text.includes('<x:xmpmeta') || text.includes('<rdf:RDF') ? text : undefined;
}

function fromXml(xml: string): PdfInfo {
  const info: PdfInfo = {};
  const set = (key: keyof PdfInfo, value: string | undefined): void => {
    const v = value?.trim();
    if (v) info[key] = v;
  };
  set('title', items(xml, 'dc:title')[0]);
  set('subject', items(xml, 'dc:description')[0]);
  set('keywords', simple(xml, 'pdf:Keywords') ?? (items(xml, 'dc:subject').join(', ') || undefined));
  set('author', items(xml, 'dc:creator').join(', ') || undefined);
  set('creator', simple(xml, 'xmp:CreatorTool'));
  set('producer', simple(xml, 'pdf:Producer'));
  const created = simple(xml, 'xmp:CreateDate');
  if (created && XMP_DATE.test(created.trim())) set('creationDate', created);
  return info;
}

/** The body of the first `<tag …>…</tag>` element, undefined when there is none. */
function element(xml: string, tag: string): string | undefined {
  for (let at = xml.indexOf(`<${tag}`); at >= 0; at = xml.indexOf(`<${tag}`, at + 1)) {
    const after = xml.charCodeAt(at + tag.length + 1);
    if (after !== 0x3e && after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d && after !== 0x2f) continue; // <tagX
    const open = xml.indexOf('>', at);
    if (open < 0) return undefined;
    if (xml.charCodeAt(open - 1) === 0x2f) return ''; // <tag/>
    const close = xml.indexOf(`</${tag}>`, open);
    return close < 0 ? undefined : xml.slice(open + 1, close);
  }
  return undefined;
}

/** `<tag>text</tag>` or `tag="text"` (the attribute shorthand of RDF/XML). */
function simple(xml: string, tag: string): string | undefined {
  const body = element(xml, tag);
  if (body !== undefined && !body.includes('<')) return unescapeXml(body);
  const attr = attribute(xml, tag);
  return attr === undefined ? undefined : unescapeXml(attr);
}

function attribute(xml: string, name: string): string | undefined {
  for (let at = xml.indexOf(name); at >= 0; at = xml.indexOf(name, at + 1)) {
    if (!/\s/.test(xml[at - 1] ?? '')) continue;
    let i = at + name.length;
    while (/\s/.test(xml[i] ?? '')) i++;
    if (xml[i] !== '=') continue;
    i++;
    while (/\s/.test(xml[i] ?? '')) i++;
    if (xml[i] !== '"') continue;
    const end = xml.indexOf('"', i + 1);
    return end < 0 ? undefined : xml.slice(i + 1, end);
  }
  return undefined;
}

/** The rdf:li items of an Alt/Bag/Seq property (x-default first for Alt, as writers put it). */
function items(xml: string, tag: string): string[] {
  const body = element(xml, tag);
  if (body === undefined) return [];
  const lis: string[] = [];
  // Each search starts where the previous item ended: no part of the body is scanned twice.
  for (let at = body.indexOf('<rdf:li'); at >= 0;) {
    const open = body.indexOf('>', at);
    const close = open < 0 ? -1 : body.indexOf('</rdf:li>', open);
    if (close < 0) break;
    const text = body.slice(open + 1, close);
    if (!text.includes('<')) lis.push(unescapeXml(text));
    at = body.indexOf('<rdf:li', close);
  }
  return lis.length > 0 ? lis : [unescapeXml(body)].filter((s) => !s.includes('<'));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e]!;
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}
