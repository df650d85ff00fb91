import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers follow the data path (../shared/LAYOUT.md): `cli` → anything; `format`, `excel`,
 * `bundle` → check, load, model, diagnostics, i18n, util (bundle also pdf, excel also edit); `edit`
 * → check's rules, load, model, diagnostics, util; `check` → load, model, diagnostics, pdf, util;
 * `load` → model, diagnostics, util; `model` → util; `pdf`, `util` → nothing above them; nothing
 * imports cli. RULES below is that picture narrowed to the edges some file uses (an allowed edge no
 * file uses is an error: the rule says what the code does). `typeOnly` folders may be imported
 * with `import type` alone: no code of theirs runs.
 */
const LAYOUT: Record<string, string[]> = {
  format: ['check', 'load', 'model', 'diagnostics', 'i18n', 'util'],
  excel: ['check', 'load', 'model', 'diagnostics', 'i18n', 'util', 'edit'],
  bundle: ['check', 'load', 'model', 'diagnostics', 'i18n', 'util', 'pdf'],
  edit: ['check', 'load', 'model', 'diagnostics', 'util'],
  check: ['load', 'model', 'diagnostics', 'pdf', 'util'],
  load: ['model', 'diagnostics', 'util'],
  model: ['util'],
  pdf: ['util'],
  util: [],
};

const RULES: Record<string, { may: string[]; typeOnly?: string[] }> = {
  cli: { may: ['*'] },
  // src/index.ts, the library API: load, check and inspect without the terminal
  'index.ts': { may: ['load', 'check', 'pdf'], typeOnly: ['model', 'diagnostics'] },
  // excel renders the 材料核查 sheet's reasons and fixes from the one catalog (DIAGNOSTIC_MESSAGES), so the
  // sheet unit staff read and `check` say the same words; import edits YAML through edit/yaml.
  excel: { may: ['load', 'model', 'diagnostics', 'util', 'i18n', 'edit'] },
  // it reads the evidence PDFs it copies through pdf's page reader
  bundle: { may: ['model', 'diagnostics', 'util', 'pdf'] },
  format: { may: ['model', 'util', 'i18n'], typeOnly: ['check', 'diagnostics'] },
  // a plan's refusals name a catalog sentence (its key, a type): the words are chosen by the CLI
  edit: { may: ['check', 'load', 'model', 'diagnostics', 'util'], typeOnly: ['i18n'] },
  check: { may: ['load', 'model', 'diagnostics', 'pdf', 'util'] },
  load: { may: ['model', 'diagnostics', 'util'] },
  // i18n, the one catalog, is not a layer of the data path but a dictionary beside it: it words the
  // diagnostics (their codes and argument types) and model values (roles, statuses), and is worded by
  // format, excel and cli. diagnostics names its keys (a type only), so a CannotRunError says what to print.
  i18n: { may: ['model'], typeOnly: ['diagnostics'] },
  diagnostics: { may: ['model'], typeOnly: ['i18n'] },
  // the evidence tree carries the findings met while reading it (a type only: no diagnostics code runs in model)
  model: { may: ['util'], typeOnly: ['diagnostics'] },
  // pdf reads bytes with node alone: it imports nothing of ledger's
  pdf: { may: [] },
  util: { may: [] },
};

/** What `edit` may take from check: the rule functions and the inspection of one file, the same ones check runs. */
const EDIT_FROM_CHECK = /^check\/(?:.*\/)?(?:[^/]*-rules\.[jt]s|rules\/.*|inspect[^/]*\.[jt]s)$/;

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');

interface Edge {
  from: string;
  to: string;
  /** the imported file, src-relative */
  file: string;
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
      out.push({
        from: `${from}:${path.relative(SRC, file)}`,
        to: target.split(path.sep)[0]!,
        file: target.split(path.sep).join('/'),
        typeOnly,
      });
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

  it('the rule is the picture of LAYOUT.md, narrowed (the i18n and diagnostics lines and two type-only edges are explained above)', () => {
    const extra: string[] = [];
    for (const [layer, allowed] of Object.entries(LAYOUT))
      for (const to of [...RULES[layer]!.may, ...(RULES[layer]!.typeOnly ?? [])]) if (!allowed.includes(to)) extra.push(`${layer} → ${to}`);
    expect(extra.sort()).toEqual(['edit → i18n', 'model → diagnostics']);
  });

  it('every allowed edge is used by some file', () => {
    const layer = (e: Edge): string => e.from.split(':')[0]!;
    const unused: string[] = [];
    for (const [from, rule] of Object.entries(RULES)) {
      for (const to of rule.may.filter((m) => m !== '*'))
        if (!all.some((e) => layer(e) === from && e.to === to && !e.typeOnly)) unused.push(`${from} → ${to}`);
      for (const to of rule.typeOnly ?? []) if (!all.some((e) => layer(e) === from && e.to === to)) unused.push(`${from} → ${to} (type)`);
    }
    expect(unused).toEqual([]);
  });

  it('edit takes from check only its rules and its inspection of a file', () => {
    const wrong = all.filter((e) => e.from.startsWith('edit:') && e.to === 'check' && !EDIT_FROM_CHECK.test(e.file));
    expect(wrong.map((e) => `${e.from} → ${e.file}`)).toEqual([]);
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
