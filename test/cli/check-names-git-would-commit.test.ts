import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, makeWorkspace } from '../helpers/cli.js';
import { writeFile } from '../helpers/workspace.js';

/*
 * Issue 19: the 涉密 name scan skipped top-level node_modules/ and .ledger-cache/ while the generated
 * .gitignore did not ignore node_modules/, so `git add -A` committed node_modules/x/绝密-….pdf unseen.
 * Now the scaffold ignores node_modules/, and what .gitignore does not ignore is scanned.
 */
describe('names git would commit are scanned for markings', () => {
  it('ledger init ignores node_modules/', () => {
    expect(fs.readFileSync(path.join(makeWorkspace(), '.gitignore'), 'utf8')).toMatch(/^node_modules\/$/m);
  });

  it('node_modules/ and .ledger-cache/ not in .gitignore: a marked name in them is found', async () => {
    const ws = makeWorkspace();
    fs.writeFileSync(path.join(ws, '.gitignore'), 'exports/\n');
    writeFile(ws, 'node_modules/x/绝密-材料.pdf', 'x');
    writeFile(ws, '.ledger-cache/机密.pdf', 'x');
    const { report } = await checkJson(ws, ['--no-cache']);
    const marked = report.diagnostics.filter((d) => d.code === 'confidential-marking').map((d) => d.file);
    expect(marked.sort()).toEqual(['.ledger-cache/机密.pdf', 'node_modules/x/绝密-材料.pdf']);
  });

  it('a later !node_modules undoes the ignore line', async () => {
    const ws = makeWorkspace();
    fs.appendFileSync(path.join(ws, '.gitignore'), '!/node_modules/\n');
    writeFile(ws, 'node_modules/x/绝密-材料.pdf', 'x');
    const { report } = await checkJson(ws);
    expect(report.diagnostics.filter((d) => d.code === 'confidential-marking').map((d) => d.file)).toEqual([
      'node_modules/x/绝密-材料.pdf',
    ]);
  });
});
