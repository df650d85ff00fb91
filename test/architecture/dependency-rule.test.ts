import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers follow the data path: load → model → check → diagnostics → format/export → cli.
 * Each folder of src/ may import only the folders listed here (itself always). `typeOnly` folders
 * may be imported with `import type` alone: no code of theirs runs.
 */
const RULES: Record<string, { may: string[]; typeOnly?: string[] }> = {
  cli: { may: ['*'] },
  // src/index.ts, the library API: any layer but the terminal
  'index.ts': { may: ['load', 'model', 'check', 'diagnostics', 'format', 'excel', 'bundle', 'pdf', 'edit', 'util', 'i18n'] },
  // excel renders the 材料核查 sheet's reasons and fixes from the one catalog (DIAGNOSTIC_MESSAGES), so the
  // sheet unit staff read and `check` say the same words: it runs i18n code, not only its types.
  excel: { may: ['load', 'model', 'diagnostics', 'util', 'i18n'], typeOnly: ['check'] },
  // like excel, and it reads the evidence PDFs it copies through pdf's page reader
  bundle: { may: ['load', 'model', 'diagnostics', 'util', 'pdf'], typeOnly: ['check', 'i18n'] },
  format: { may: ['load', 'model', 'diagnostics', 'util', 'i18n'], typeOnly: ['check'] },
  // pure plans of workspace changes (docs LAYOUT.md): they write nothing
  edit: { may: ['check', 'load', 'model', 'diagnostics', 'util'], typeOnly: ['i18n'] },
  check: { may: ['load', 'model', 'diagnostics', 'pdf', 'util'], typeOnly: ['i18n'] },
  load: { may: ['model', 'diagnostics', 'util'], typeOnly: ['i18n'] },
  i18n: { may: ['model', 'diagnostics', 'util'], typeOnly: ['check', 'load', 'excel'] },
  diagnostics: { may: ['model', 'util'], typeOnly: ['i18n'] },
  model: { may: ['util'] },
  pdf: { may: ['util'] },
  util: { may: [] },
};

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(abs) : e.name.endsWith('.ts') ? [abs] : [];
  });
}

/** Every relative import of a file: static, re-exports and dynamic `import()`. */
export function importsOf(source: string): { spec: string; typeOnly: boolean }[] {
  const out: { spec: string; typeOnly: boolean }[] = [];
  const statics = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*'([^']+)'/gm;
  for (const m of source.matchAll(statics)) {
    const clause = m[3] ?? '';
    // `import { type A, type B }` is type-only too.
    const allTypes =
      /^\{[^}]*\}$/.test(clause.trim()) &&
      clause
        .replace(/[{}\s]/g, '')
        .split(',')
        .filter(Boolean)
        .every((n) => n.startsWith('type'));
    out.push({ spec: m[4]!, typeOnly: m[2] !== undefined || allTypes });
  }
  for (const m of source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) out.push({ spec: m[1]!, typeOnly: false });
  for (const m of source.matchAll(/^\s*import\s+'([^']+)'/gm)) out.push({ spec: m[1]!, typeOnly: false });
  return out.filter((i) => i.spec.startsWith('.'));
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of filesUnder(SRC)) {
    const from = path.relative(SRC, file).split(path.sep)[0]!;
    for (const { spec, typeOnly } of importsOf(fs.readFileSync(file, 'utf8'))) {
      const target = path.relative(SRC, path.resolve(path.dirname(file), spec));
      if (target.startsWith('..')) continue;
      out.push({ from: `${from}:${path.relative(SRC, file)}`, to: target.split(path.sep)[0]!, typeOnly });
    }
  }
  return out;
}

describe('dependency rule', () => {
  const all = edges();

  it('sees the imports it judges', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.some((e) => e.from.startsWith('cli:') && e.to === 'check')).toBe(true);
  });

  it('every folder of src/ has a rule', () => {
    const folders = fs
      .readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !(f in RULES))).toEqual([]);
    expect(folders.length).toBeLessThanOrEqual(12);
  });

  it('each layer imports only the layers below it', () => {
    const broken = all.filter((e) => {
      const layer = e.from.split(':')[0]!;
      if (e.to === layer || e.to.endsWith('.ts')) return false;
      const rule = RULES[layer]!;
      if (rule.may.includes('*') || rule.may.includes(e.to)) return false;
      return !(e.typeOnly && rule.typeOnly?.includes(e.to));
    });
    expect(broken.map((e) => `${e.from} → ${e.to}${e.typeOnly ? ' (type)' : ''}`)).toEqual([]);
  });

  it('nothing imports the CLI', () => {
    expect(all.filter((e) => e.to === 'cli' && !e.from.startsWith('cli:')).map((e) => e.from)).toEqual([]);
  });

  it('recognises type-only imports', () => {
    expect(importsOf("import type { A } from './a.js';\nimport { type B, type C } from './b.js';\nimport { D } from './d.js';")).toEqual([
      { spec: './a.js', typeOnly: true },
      { spec: './b.js', typeOnly: true },
      { spec: './d.js', typeOnly: false },
    ]);
    expect(importsOf("const x = await import('../x.js');")).toEqual([{ spec: '../x.js', typeOnly: false }]);
  });
});
