import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

const SRC = path.join(REPO, 'src');
const EXCEL = path.join(SRC, 'excel');
/** What src/excel may use outside itself; src/check only for its types. */
const ALLOWED = ['load', 'model', 'diagnostics', 'util'];
const TYPES_ONLY = ['check'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Every import, re-export and dynamic import of a file: where from, and whether only types. */
function imports(file: string): { spec: string; typeOnly: boolean; line: string }[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: { spec: string; typeOnly: boolean; line: string }[] = [];
  for (const m of text.matchAll(/^(import|export)(\s+type)?\b[^;]*?\bfrom\s+'([^']+)'/gms)) out.push({ spec: m[3]!, typeOnly: !!m[2], line: m[0] });
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) out.push({ spec: m[1]!, typeOnly: false, line: m[0] });
  return out;
}

describe('src/excel depends only on load, model, diagnostics, util (and the types of check)', () => {
  it('finds the imports it checks', () => {
    const all = sources(EXCEL).flatMap(imports);
    expect(all.some((i) => i.spec.includes('/load/'))).toBe(true);
    expect(all.some((i) => i.spec === 'exceljs')).toBe(true);
  });

  it('has no other import from src/', () => {
    const bad: string[] = [];
    for (const file of sources(EXCEL)) {
      for (const i of imports(file)) {
        if (!i.spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), i.spec);
        if (target.startsWith(EXCEL + path.sep)) continue;
        const top = path.relative(SRC, target).split(path.sep)[0]!;
        if (ALLOWED.includes(top) || (TYPES_ONLY.includes(top) && i.typeOnly)) continue;
        bad.push(`${path.relative(REPO, file)}: ${i.typeOnly ? 'import type' : 'import'} '${i.spec}'`);
      }
    }
    expect(bad).toEqual([]);
  });
});
