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

  it('indicator 6 is whole as printed: its row ends mid-sentence mid-page, not at a page break', () => {
    // The source prints the cell cut off at 并根据法律. The row is not split across pages: the lines
    // around it are the rows of indicators 5 and 7, and no page header comes between, so nothing
    // of the text can be on the next page. The catalog keeps the row exactly as printed.
    const lines = fs.readFileSync(new URL('../fixtures/source/work-plan.txt', import.meta.url), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('\t6 编制并对外公布'));
    const cells = lines[at]!.split('\t');
    expect(lines[at - 1]).toMatch(/\t5 全面推行“证照分离”/);
    expect(lines[at + 1]).toMatch(/^\t\t7 全面落实并严格执行/);
    const six = catalog.byId.get('6')!;
    expect(cells.slice(1)).toEqual([
      '2. 全面落实权责清单、负面清单制度',
      `6 ${six.text}`,
      six.methods.join('、'),
      six.materials[0]!.text + '。',
      six.leadDepartments.join('、'),
      six.responsibleRaw,
    ]);
    expect(six.text).toBe(
      '编制并对外公布本级政府工作部门的权责清单，逐一明确法律依据、实施主体、责任方式等，实现同一事项的规范统一，并根据法律',
    );
    expect(six.materials).toEqual([{ no: 1, text: '市政府全部工作部门的权责清单编制、公布和动态调整工作完成情况的说明及文件等佐证材料' }]);
    // The shipped catalog carries no unit ids (issue 18): the source bureau's resolution is its profile's.
    expect(readProfile('city-bureau').responsibilities?.indicators['6']).toEqual({ lead: ['zonghe-guihua'], cooperate: ['各有关科室'] });
  });

  it('the detector rejects a text that is not in the source', () => {
    expect(foundInPieces(strip('全面推行“双随机、一公开”监管。大力推进跨部门联合执法'), 3)).toBe(false);
    expect(foundInPieces(strip('行政审批事项在法定期限内完成并不断压缩办理时间'), 3)).toBe(false);
  });
});
