import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fit, pad, renderTable } from '../../../src/format/status/text-table.js';
import { wrap } from '../../../src/format/status/status-text.js';

describe('terminal tables with Chinese', () => {
  it('pads and cuts by display width: a CJK character takes two columns', () => {
    expect(pad('法规科', 8)).toBe('法规科  ');
    expect(pad('12', 4, 'right')).toBe('  12');
    expect(fit('机关党委（机关纪委）', 9)).toBe('机关党委…');
    expect(stringWidth(fit('机关党委（机关纪委）', 9))).toBeLessThanOrEqual(9);
    expect(pad('\u001b[31m红\u001b[39m', 4)).toBe('\u001b[31m红\u001b[39m  ');
  });

  it('lines up columns of mixed width within the line width', () => {
    const lines = renderTable(
      [{ header: '单位' }, { header: '材料', align: 'right' }, { header: '联系人', flex: true }],
      [
        ['机关党委（机关纪委）', '0/7', '张三 0374-1234567 办公室'],
        ['法规科', '12/47', '—'],
      ],
      40,
    );
    expect(lines.every((l) => stringWidth(l) <= 40)).toBe(true);
    const col = (l: string): number => stringWidth(l.slice(0, l.search(/\d+\/\d+/)));
    expect(col(lines[1]!) + stringWidth('0/7')).toBe(col(lines[2]!) + stringWidth('12/47'));
  });

  it('wraps long lines after a 、 where it can', () => {
    const ids = Array.from({ length: 40 }, (_, i) => String(i + 10)).join('、');
    const lines = wrap(`没有单位承担的指标：${ids}`, 50);
    expect(lines.every((l) => stringWidth(l) <= 50)).toBe(true);
    expect(lines.slice(0, -1).every((l) => l.endsWith('、'))).toBe(true);
  });
});
