import { PdfDict, PdfName, PdfString, type PdfValue } from '../syntax/pdf-values.js';
import type { ObjectResolver } from '../xref/object-resolver.js';

/**
 * What a submission PDF must not carry: anything that runs, launches, sends, fetches or plays.
 * A submission keeps internal links (GoTo, /Dest) and plain web links (http, https) only.
 */
export type ActiveKind =
  | 'javascript'
  | 'javascript-uri'
  | 'other-uri'
  | 'launch'
  | 'submit-form'
  | 'import-data'
  | 'remote-goto'
  | 'rendition'
  | 'multimedia'
  | 'file-attachment'
  | 'other-action';

const ACTION_KIND: Record<string, ActiveKind> = {
  JavaScript: 'javascript',
  Launch: 'launch',
  SubmitForm: 'submit-form',
  ImportData: 'import-data',
  GoToR: 'remote-goto',
  GoToE: 'remote-goto',
  Rendition: 'rendition',
  Sound: 'multimedia',
  Movie: 'multimedia',
  RichMediaExecute: 'multimedia',
};

const ANNOTATION_KIND: Record<string, ActiveKind> = {
  FileAttachment: 'file-attachment',
  Screen: 'multimedia',
  Movie: 'multimedia',
  Sound: 'multimedia',
  RichMedia: 'multimedia',
  '3D': 'multimedia',
};

/** Actions chained by /Next, and entries of an /AA dictionary, followed this far at most. */
const MAX_ACTIONS = 64;

type Resolve = (v: PdfValue | undefined) => PdfValue;

/** An action dictionary: it has /S (a name), as ISO 32000 §12.6.2 requires. */
export function isAction(d: PdfDict): boolean {
  return d.get('S') instanceof PdfName;
}

/** The kinds of active content in an action and the actions it chains (/Next); none for a GoTo or an http(s) URI. */
export function actionKinds(resolve: Resolve, action: PdfValue | undefined): ActiveKind[] {
  const kinds = new Set<ActiveKind>();
  const queue: PdfValue[] = [action ?? null];
  for (let seen = 0; queue.length > 0 && seen < MAX_ACTIONS; seen++) {
    const a = resolve(queue.shift());
    if (Array.isArray(a)) {
      queue.push(...a.slice(0, MAX_ACTIONS));
      continue;
    }
    if (!(a instanceof PdfDict)) continue;
    const s = a.get('S');
    const type = s instanceof PdfName ? s.name : '';
    if (type === 'URI') {
      const kind = uriKind(resolve(a.get('URI')));
      if (kind) kinds.add(kind);
    } else if (type !== 'GoTo') kinds.add(ACTION_KIND[type] ?? 'other-action');
    if (a.get('Next') !== undefined) queue.push(a.get('Next')!);
  }
  return [...kinds];
}

/** undefined for a plain http(s) link; what it is otherwise. */
function uriKind(v: PdfValue): ActiveKind | undefined {
  if (!(v instanceof PdfString)) return 'other-uri';
  // Readers skip leading blanks and control characters before the scheme ("\tjavascript:").
  let i = 0;
  while (i < v.bytes.length && v.bytes[i]! <= 0x20) i++;
  const head = v.bytes.toString('latin1', i, i + 16).toLowerCase();
  if (head.startsWith('http://') || head.startsWith('https://')) return undefined;
  return head.startsWith('javascript:') ? 'javascript-uri' : 'other-uri';
}

/** The kinds of every action in an additional-actions (/AA) dictionary. */
export function additionalActionKinds(resolve: Resolve, aa: PdfValue | undefined): ActiveKind[] {
  const d = resolve(aa);
  if (!(d instanceof PdfDict)) return [];
  const kinds = new Set<ActiveKind>();
  for (const v of [...d.map.values()].slice(0, MAX_ACTIONS)) for (const k of actionKinds(resolve, v)) kinds.add(k);
  return [...kinds];
}

/** The kinds of active content in one annotation: its type, its action, its additional actions. */
export function annotationKinds(resolve: Resolve, annot: PdfValue): ActiveKind[] {
  const d = resolve(annot);
  if (!(d instanceof PdfDict)) return [];
  const kinds = new Set<ActiveKind>();
  const subtype = d.get('Subtype');
  if (subtype instanceof PdfName && ANNOTATION_KIND[subtype.name]) kinds.add(ANNOTATION_KIND[subtype.name]!);
  const a = resolve(d.get('A'));
  if (a instanceof PdfDict && isAction(a)) for (const k of actionKinds(resolve, a)) kinds.add(k);
  for (const k of additionalActionKinds(resolve, d.get('AA'))) kinds.add(k);
  return [...kinds];
}

/** The kinds of active content a page carries: its own /AA and its annotations. */
export function pageKinds(resolve: Resolve, page: PdfDict, maxAnnotations: number): ActiveKind[] {
  const kinds = new Set(additionalActionKinds(resolve, page.get('AA')));
  const annots = resolve(page.get('Annots'));
  if (Array.isArray(annots)) for (const a of annots.slice(0, maxAnnotations)) for (const k of annotationKinds(resolve, a)) kinds.add(k);
  return [...kinds];
}

/** Document-level active content: /OpenAction and /AA of the catalog, document JavaScript. */
export function catalogKinds(resolve: Resolve, catalog: PdfDict): ActiveKind[] {
  const kinds = new Set<ActiveKind>(additionalActionKinds(resolve, catalog.get('AA')));
  const open = resolve(catalog.get('OpenAction'));
  if (open instanceof PdfDict && isAction(open)) for (const k of actionKinds(resolve, open)) kinds.add(k);
  const names = resolve(catalog.get('Names'));
  if (names instanceof PdfDict && names.get('JavaScript') !== undefined) kinds.add('javascript');
  return [...kinds];
}

/** Pages examined for active content, and annotations per page: past these a file is a fuzzer's. */
const MAX_PAGES_EXAMINED = 20_000;
const MAX_ANNOTATIONS = 2_000;

/**
 * The active content of a document, from its catalog and the pages the page-tree walk saw with
 * annotations or actions (numbers of leaves it only peeked at, or their dictionaries). Strings of
 * an encrypted file are not decrypted here, so a `javascript:` URI in one reads as another URI.
 */
export function documentActiveContent(r: ObjectResolver, catalog: PdfDict, annotated: (number | PdfDict)[]): ActiveKind[] {
  const resolve: Resolve = (v) => r.resolve(v);
  const kinds = new Set(catalogKinds(resolve, catalog));
  for (const page of annotated.slice(0, MAX_PAGES_EXAMINED)) {
    const dict = typeof page === 'number' ? r.get(page).value : page;
    if (dict instanceof PdfDict) for (const k of pageKinds(resolve, dict, MAX_ANNOTATIONS)) kinds.add(k);
  }
  return [...kinds].sort();
}
