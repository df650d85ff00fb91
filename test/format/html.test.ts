import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinHtml, markup, SafeHtml } from '../../src/format/html.js';

describe('html: escaped by default', () => {
  it('escapes every interpolated text and number, in content and in attributes', () => {
    const name = `</style><script>x()</script>"onload="y()" 'z' & co`;
    expect(String(markup`<td title="${name}">${name}</td>`)).toBe(
      '<td title="&lt;/style&gt;&lt;script&gt;x()&lt;/script&gt;&quot;onload=&quot;y()&quot; &#39;z&#39; &amp; co">' +
        '&lt;/style&gt;&lt;script&gt;x()&lt;/script&gt;&quot;onload=&quot;y()&quot; &#39;z&#39; &amp; co</td>',
    );
    expect(String(markup`<b>${3}</b>${null}${undefined}${false}`)).toBe('<b>3</b>');
  });

  it('keeps markup made by the template, in lists too; joins with an escaped separator', () => {
    const cells = ['<a>', 'b'].map((c) => markup`<td>${c}</td>`);
    expect(String(markup`<tr>${cells}</tr>`)).toBe('<tr><td>&lt;a&gt;</td><td>b</td></tr>');
    expect(String(joinHtml([markup`<p>`, '<x>', markup`</p>`], '\n'))).toBe('<p>\n&lt;x&gt;\n</p>');
  });

  it('treats a look-alike as text: a SafeHtml not made by the template, an object whose toString returns markup', () => {
    class Forged extends SafeHtml {
      toString(): string {
        return '<script>x()</script>';
      }
    }
    const forged = new Forged();
    expect(String(markup`${forged}`)).toBe('&lt;script&gt;x()&lt;/script&gt;');
    const object = { toString: () => '<img onerror=x>' } as unknown as string;
    expect(String(markup`${object}`)).toBe('&lt;img onerror=x&gt;');
  });

  it('is the only way the status page is written: no file there escapes by hand', () => {
    const dir = path.resolve('src/format/status');
    for (const f of fs.readdirSync(dir).filter((f) => f.includes('html'))) {
      const source = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(source, f).not.toMatch(/&lt;|&amp;|\besc\(/);
    }
  });
});
