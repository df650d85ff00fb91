import { beforeAll, describe, expect, it } from 'vitest';
import { ambiguousWidthFor } from '../../src/cli/ambiguous-width.js';
import { columnsFor } from '../../src/util/display-width.js';
import { ledger, makeWorkspace } from '../helpers/cli.js';

describe('the terminal locale decides how wide ①, “” and — are drawn', () => {
  it('zh_*, ja_*, ko_* draw them wide (LC_ALL, then LC_CTYPE, then LANG); LEDGER_AMBIGUOUS_WIDTH says so outright', () => {
    expect(ambiguousWidthFor({ LANG: 'zh_CN.UTF-8' })).toBe(2);
    expect(ambiguousWidthFor({ LANG: 'ja_JP.UTF-8' })).toBe(2);
    expect(ambiguousWidthFor({ LC_CTYPE: 'ko_KR.UTF-8', LANG: 'C.UTF-8' })).toBe(2);
    expect(ambiguousWidthFor({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe(1);
    expect(ambiguousWidthFor({ LANG: 'C.UTF-8' })).toBe(1);
    expect(ambiguousWidthFor({ LANG: 'zhx_XX' })).toBe(1);
    expect(ambiguousWidthFor({})).toBe(1);
    expect(ambiguousWidthFor({ LANG: 'en_US.UTF-8', LEDGER_AMBIGUOUS_WIDTH: '2' })).toBe(2);
    expect(ambiguousWidthFor({ LANG: 'zh_CN.UTF-8', LEDGER_AMBIGUOUS_WIDTH: '1' })).toBe(1);
    expect(ambiguousWidthFor({ LANG: 'zh_CN.UTF-8', LEDGER_AMBIGUOUS_WIDTH: '3' })).toBe(2);
  });

  let ws: string;
  beforeAll(() => {
    ws = makeWorkspace();
  });

  // The unit table's 最近更新 and 进展 cells read — (East Asian Ambiguous) until a unit files something.
  const progressColumn = async (env: Record<string, string>, ambiguous: 1 | 2): Promise<number[]> => {
    const r = await ledger(['status', '--workspace', ws], { env: { LC_ALL: '', LC_CTYPE: '', ...env } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const header = lines.findIndex((l) => l.includes('最近更新'));
    const { width } = columnsFor(ambiguous);
    const rows = lines.slice(header + 1, lines.indexOf('', header));
    expect(rows.length).toBeGreaterThan(5);
    const at = (l: string, text: string, from = 0): number => width(l.slice(0, l.indexOf(text, from)));
    return [at(lines[header]!, '进展'), ...rows.map((l) => at(l, '—', l.indexOf('—') + 1))];
  };

  it('a Chinese locale lines the status table up with — two columns wide, any other with — one', async () => {
    const wide = await progressColumn({ LANG: 'zh_CN.UTF-8', LEDGER_AMBIGUOUS_WIDTH: '' }, 2);
    expect(new Set(wide).size).toBe(1);
    const narrow = await progressColumn({ LANG: 'C.UTF-8', LEDGER_AMBIGUOUS_WIDTH: '' }, 1);
    expect(new Set(narrow).size).toBe(1);
    const stated = await progressColumn({ LANG: 'C.UTF-8', LEDGER_AMBIGUOUS_WIDTH: '2' }, 2);
    expect(new Set(stated).size).toBe(1);
  });
});
