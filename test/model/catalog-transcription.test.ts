import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog } from '../../src/load/load-catalog.js';
import { readProfile } from '../../src/load/load-profile.js';

/**
 * Proves the built-in catalog against the source document (a copy of the work plan's extracted
 * text). Page breaks split cells, so a text may occur as up to three consecutive pieces, each
 * following the previous one across a page break (the repeated table header) within a page's
 * worth of characters. Splits anywhere else are not accepted.
 */
const HEADER = '一级指标二级指标三级指标测评方式报送材料牵头单位责任单位';
const PAGE = '\u0000';
const source = fs
  .readFileSync(new URL('../fixtures/source/work-plan.txt', import.meta.url), 'utf8')
  .replace(/\s+/g, '')
  .split(HEADER)
  .join(PAGE);
const WINDOW = 800;

function occurrences(piece: string, from = 0, to = source.length): number[] {
  const out: number[] = [];
  for (let i = source.indexOf(piece, from); i >= 0 && i <= to; i = source.indexOf(piece, i + 1)) out.push(i);
  return out;
}

/** Whether `text` occurs in the source as at most `pieces` ordered fragments split by page breaks. */
function foundInPieces(text: string, pieces: number, after = -1): boolean {
  // A continuation starts after the next page break, within WINDOW characters of the piece before.
  const pageBreak = after < 0 ? -1 : source.indexOf(PAGE, after);
  if (after >= 0 && (pageBreak < 0 || pageBreak > after + WINDOW)) return false;
  const from = after < 0 ? 0 : pageBreak;
  const to = after < 0 ? source.length : after + WINDOW;
  if (occurrences(text, from, to).length > 0) return true;
  if (pieces === 1) return false;
  for (let cut = text.length - 1; cut >= 1; cut--) {
    const head = text.slice(0, cut);
    for (const at of occurrences(head, from, to)) {
      if (foundInPieces(text.slice(cut), pieces - 1, at + head.length)) return true;
    }
  }
  return false;
}

const { catalog, diagnostics } = loadBuiltinCatalog();
const strip = (s: string): string => s.replace(/\s+/g, '');

describe('built-in catalog', () => {
  it('loads without findings', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has 119 entries with unique ids in order: 1–115, B1, B2, V1, V2', () => {
    const ids = catalog.entries.map((e) => e.id);
    expect(ids).toEqual([...Array.from({ length: 115 }, (_, i) => String(i + 1)), 'B1', 'B2', 'V1', 'V2']);
    expect(new Set(ids).size).toBe(119);
  });

  it.each(catalog.entries.map((e) => [e.id, e] as const))('indicator %s: text occurs in the source', (_id, e) => {
    expect(foundInPieces(strip(e.text), 3), e.text).toBe(true);
  });

  it.each(catalog.entries.flatMap((e) => e.materials.map((m) => [`${e.id}/${m.no}`, m.text] as const)))(
    'material %s occurs in the source',
    (_key, text) => {
      expect(foundInPieces(strip(text), 3), text).toBe(true);
    },
  );

  it('keeps the merged cells of the table', () => {
    expect(catalog.byId.get('48')?.materialsFrom).toBe('47');
    for (const id of ['92', '93', '94']) expect(catalog.byId.get(id)?.materialsFrom).toBe('91');
    expect(catalog.byId.get('91')?.materials).toHaveLength(9);
    for (const id of ['76', '77']) expect(catalog.byId.get(id)?.responsibleRaw).toBe(catalog.byId.get('75')?.responsibleRaw);
  });

  it('reconstructs the garbled cells', () => {
    // The 责任单位 cell as resolved for the source bureau lives in its profile, not in the catalog.
    expect(readProfile('city-bureau').responsibilities?.indicators['14']).toEqual({ lead: ['zhifa-jicha'], cooperate: ['各有关单位'] });
    expect(catalog.byId.get('14')?.responsible).toEqual({ lead: [], cooperate: [] });
    expect(catalog.byId.get('73')?.materials).toEqual([]);
    expect(catalog.byId.get('V1')?.materials).toEqual([]);
  });

  it('the detector rejects a text that is not in the source', () => {
    expect(foundInPieces(strip('全面推行“双随机、一公开”监管。大力推进跨部门联合执法'), 3)).toBe(false);
    expect(foundInPieces(strip('行政审批事项在法定期限内完成并不断压缩办理时间'), 3)).toBe(false);
  });
});
