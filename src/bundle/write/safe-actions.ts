import {
  PdfDict,
  PdfRef,
  PdfString,
  actionKinds,
  annotationKinds,
  isAction,
  isName,
  type PageSource,
  type PdfValue,
} from '../../pdf/index.js';
import type { Ctx } from './copy-pages.js';

/**
 * Which annotations and actions a bundle may carry: internal links (GoTo, /Dest) and plain web
 * links (http, https), nothing that runs, launches, sends, fetches, plays or holds a file. In an
 * encrypted source, strings are judged decrypted (with the key of the object that holds them).
 */
export class ActionFilter {
  /** strings this filter decrypted: never decrypted twice */
  private readonly clear = new WeakSet<PdfString>();

  constructor(private readonly source: PageSource) {}

  /**
   * An annotation (read from `holder`) a bundle keeps: not an attachment or media one, and not a
   * link whose action runs or leaves the document. Another annotation with an action (a form
   * field's widget) is kept for what it shows; copying strips its /AA and an unsafe /A.
   */
  annotationIsSafe(annot: PdfDict, holder: Ctx): boolean {
    const resolve = this.resolver(holder);
    if (!isName(annot.get('Subtype'), 'Link')) {
      const bare = new PdfDict();
      for (const [k, v] of annot.map) if (k !== 'A' && k !== 'AA') bare.map.set(k, v);
      return annotationKinds(resolve, bare).length === 0;
    }
    return annotationKinds(resolve, annot).length === 0;
  }

  /** The value of an /A key (read from `holder`): anything but an action, or a GoTo or http(s) URI action. */
  actionIsSafe(v: PdfValue, holder: Ctx): boolean {
    const resolve = this.resolver(holder);
    const a = resolve(v);
    return !(a instanceof PdfDict && isAction(a)) || actionKinds(resolve, a).length === 0;
  }

  /** resolve() whose strings come back decrypted: with the holder's key, or an indirect object's own. */
  private resolver(holder: Ctx): (v: PdfValue | undefined) => PdfValue {
    const r = this.source.resolver;
    const d = this.source.decryptor;
    const decrypt = (s: PdfString, owner: Ctx): PdfString => {
      if (!d || !owner.direct || this.clear.has(s)) return s;
      const out = new PdfString(d.decryptString(s.bytes, owner.num, owner.gen));
      this.clear.add(out);
      return out;
    };
    return (v) => {
      if (!(v instanceof PdfRef)) return v instanceof PdfString ? decrypt(v, holder) : (v ?? null);
      const got = r.get(v.num);
      if (got.value instanceof PdfString) return decrypt(got.value, got);
      if (!d || !(got.value instanceof PdfDict)) return r.resolve(got.value);
      // an indirect action: its direct strings carry its own key
      const out = new PdfDict();
      for (const [k, x] of got.value.map) out.map.set(k, x instanceof PdfString ? decrypt(x, got) : x);
      return out;
    };
  }
}
