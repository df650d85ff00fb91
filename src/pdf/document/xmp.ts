import type { PdfInfo } from '../inspect/result.js';
import { PdfRef, PdfStream, type PdfDict } from '../syntax/pdf-values.js';
import type { ObjectResolver } from '../xref/object-resolver.js';

const MAX_XMP = 4 * 1024 * 1024;
/** An ISO 8601 date as XMP allows it: year, then optional month, day, time and zone. */
const XMP_DATE = /^\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?)?)?$/;

/**
 * Document metadata from the catalog's XMP packet, used to fill what the Info dictionary lacks
 * (many writers, and PDF 2.0, keep title and keywords only in XMP). Best effort: any failure
 * simply yields nothing, it never makes a file count as damaged.
 */
export function readXmpInfo(r: ObjectResolver, catalog: PdfDict): PdfInfo {
  try {
    const ref = catalog.get('Metadata');
    if (!(ref instanceof PdfRef)) return {};
    const holder = r.get(ref.num);
    if (!(holder.value instanceof PdfStream)) return {};
    // /EncryptMetadata false leaves XMP in clear: if decrypting gives no packet, try raw bytes.
    let xml = packet(r.streamBytes(holder.value, holder.num, holder.gen));
    if (xml === undefined && r.decryptor) xml = packet(r.streamBytes(holder.value, holder.num, holder.gen, false));
    return xml === undefined ? {} : fromXml(xml);
  } catch {
    return {};
  }
}

function packet(bytes: Buffer): string | undefined {
  if (bytes.length > MAX_XMP) return undefined;
  const text = bytes.toString('utf8');
  return /<(?:x:xmpmeta|rdf:RDF)\b/.test(text) ? text : undefined;
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

/** `<tag>text</tag>` or `tag="text"` (the attribute shorthand of RDF/XML). */
function simple(xml: string, tag: string): string | undefined {
  const el = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  const attr = new RegExp(`\\s${tag}\\s*=\\s*"([^"]*)"`).exec(xml);
  const raw = el?.[1] ?? attr?.[1];
  return raw === undefined ? undefined : unescapeXml(raw);
}

/** The rdf:li items of an Alt/Bag/Seq property (x-default first for Alt, as writers put it). */
function items(xml: string, tag: string): string[] {
  const body = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
  if (body === undefined) return [];
  const lis = [...body.matchAll(/<rdf:li\b[^>]*>([^<]*)<\/rdf:li>/g)].map((m) => unescapeXml(m[1]!));
  return lis.length > 0 ? lis : [unescapeXml(body)].filter((s) => !s.includes('<'));
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}
