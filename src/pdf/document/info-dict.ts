import type { Decryptor } from '../crypt/decryptor.js';
import type { PdfInfo } from '../inspect/result.js';
import { pdfDateToIso } from '../syntax/pdf-date.js';
import { PdfDict, PdfRef, PdfString, type PdfValue } from '../syntax/pdf-values.js';
import { decodeTextString } from '../syntax/text-decoding.js';
import type { ObjectResolver } from '../xref/object-resolver.js';

const TEXT_KEYS = [
  ['Title', 'title'],
  ['Subject', 'subject'],
  ['Keywords', 'keywords'],
  ['Author', 'author'],
  ['Creator', 'creator'],
  ['Producer', 'producer'],
] as const;

/** Entries of a huge Info dictionary beyond this many are not read: only fuzzers write them. */
const MAX_ENTRIES = 1000;

export interface InfoDictionary {
  info: PdfInfo;
  /** every text entry, the standard ones and any other (/Company, /SourceModified, …), decoded */
  texts: string[];
}

/**
 * The document information dictionary. Strings in encrypted files are encrypted with the key of
 * the object that holds them (unless that object sits in an object stream, which is encrypted as
 * a whole), so each string is decrypted with its holder's number and generation.
 */
export function readInfo(r: ObjectResolver, infoValue: PdfValue | undefined, decryptor: Decryptor | undefined): InfoDictionary {
  const holder = infoValue instanceof PdfRef ? r.get(infoValue.num) : undefined;
  const dict = holder ? holder.value : infoValue;
  if (!(dict instanceof PdfDict)) return { info: {}, texts: [] };
  const decoded = new Map<string, string | undefined>();
  const text = (key: string): string | undefined => {
    if (!decoded.has(key)) decoded.set(key, decodeEntry(key));
    return decoded.get(key);
  };
  const decodeEntry = (key: string): string | undefined => {
    let v = dict.get(key);
    let owner = holder;
    if (v instanceof PdfRef) {
      owner = r.get(v.num);
      v = owner.value;
    }
    if (!(v instanceof PdfString)) return undefined;
    const bytes = decryptor && owner?.direct ? decryptor.decryptString(v.bytes, owner.num, owner.gen) : v.bytes;
    return decodeTextString(bytes);
  };
  const info: PdfInfo = {};
  for (const [pdfKey, jsKey] of TEXT_KEYS) {
    const value = text(pdfKey);
    if (value) info[jsKey] = value;
  }
  const created = text('CreationDate');
  const iso = created === undefined ? undefined : pdfDateToIso(created);
  if (iso) info.creationDate = iso;
  const texts: string[] = [];
  for (const key of [...dict.map.keys()].slice(0, MAX_ENTRIES)) {
    const value = text(key);
    if (value) texts.push(value);
  }
  return { info, texts };
}
