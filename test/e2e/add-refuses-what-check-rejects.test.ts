import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAdd } from '../../src/edit/add/plan-add.js';
import { loadEvidence } from '../../src/load/load-evidence.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { checkJson, ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { makePdf } from '../helpers/workspace.js';

/**
 * `ledger add` refuses every file that `check` would then call an error, with the same finding:
 * add runs check's rule functions on what check's inspection would read (issue 17). Each case:
 * add refuses and copies nothing; the same file put in place by hand gets that code from check.
 */

async function addThenCheck(
  name: string,
  data: string | Uint8Array,
  placedAs: string,
): Promise<{ addCodes: string[]; checkCodes: string[] }> {
  const ws = makeWorkspace();
  const source = path.join(tempDir('handed-in-'), name);
  fs.writeFileSync(source, data);
  const before = fs.readdirSync(path.join(ws, 'evidence/009')).sort();
  const r = await ledger(['add', source, '--to', '9/1'], { cwd: ws });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('不能添加，未复制任何文件');
  expect(fs.readdirSync(path.join(ws, 'evidence/009')).sort()).toEqual(before);

  const loaded = loadWorkspace(ws).workspace!;
  const [item] = await planAdd(loaded, loadEvidence(ws, loaded.sources), { files: [source], owner: '9', material: 1, coverage: undefined });
  expect(item!.target).toBe(`evidence/009/${placedAs}`);
  const addCodes = item!.refusals.flatMap((x) => ('diagnostic' in x ? [x.diagnostic.code] : []));

  fs.copyFileSync(source, path.join(ws, 'evidence/009', placedAs));
  const { report } = await checkJson(ws, ['--indicator', '9']);
  const checkCodes = report.diagnostics.filter((d) => d.file === `evidence/009/${placedAs}` && d.severity === 'error').map((d) => d.code);
  return { addCodes, checkCodes };
}

describe('add refuses what check would call an error, by the same rule', () => {
  it('a 情况说明 whose text says 机密', async () => {
    const { addCodes, checkCodes } = await addThenCheck('工作总结.md', '# 情况说明\n\n本材料为机密文件。\n', '1-工作总结-情况说明.md');
    expect(addCodes).toEqual(['confidential-marking']);
    expect(checkCodes).toEqual(['confidential-marking']);
  });

  it('a name carrying a marking', async () => {
    const { addCodes, checkCodes } = await addThenCheck('机密-内部通报.pdf', await makePdf({ seed: 'marked' }), '1-机密-内部通报.pdf');
    expect(addCodes).toContain('confidential-marking');
    expect(checkCodes).toContain('confidential-marking');
    expect(new Set(addCodes)).toEqual(new Set(checkCodes));
  });

  it('a broken image: a .jpg that is no image at all', async () => {
    const { addCodes, checkCodes } = await addThenCheck('photo.jpg', 'this was never a photo', '1-photo.jpg');
    expect(checkCodes).toHaveLength(1);
    expect(addCodes).toEqual(checkCodes);
  });
});
