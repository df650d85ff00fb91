import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputNameUnsafeReason } from '../../src/model/file-names.js';
import { unitFileName } from '../../src/bundle/build-bundles.js';
import { checkJson, makeWorkspace } from '../helpers/cli.js';
import { edit } from '../helpers/workspace.js';

/*
 * Issue 19, second hostile pass: a unit name in units.yaml (which pull requests change) is used in
 * output file names. It must be one safe path segment, else the id is used; `check` flags it.
 */
describe('names from workspace text used as output file names', () => {
  it('one safe path segment or a reason', () => {
    for (const bad of ['../../x', 'a/b', 'a\\b', '..', '.', '', ' ', 'x\u202egnp.exe', '=cmd', 'a\u0000b', 'x'.repeat(61)])
      expect(outputNameUnsafeReason(bad), JSON.stringify(bad)).toBeDefined();
    for (const good of ['信用监管科', '法规科（行政审批科）', 'Office 1']) expect(outputNameUnsafeReason(good)).toBeUndefined();
  });

  it("a unit's bundle is named by its id when its name is not one safe segment", () => {
    // 初评-/../../escaped/信用监管科.pdf, joined to the output folder, was a path two levels above it.
    const name = unitFileName('xinyong-jianguan', '/../../escaped/信用监管科');
    expect(name).toBe('初评-xinyong-jianguan.pdf');
    expect(path.basename(name)).toBe(name);
    expect(unitFileName('xinyong-jianguan', '信用监管科')).toBe('初评-信用监管科.pdf');
  });

  it('check flags a unit name of ../ segments in units.yaml, at its line', async () => {
    const ws = makeWorkspace();
    edit(ws, 'units.yaml', 'name: 信用监管科', `name: /../../escaped/信用监管科`);
    const { report } = await checkJson(ws);
    const flagged = report.diagnostics.find((d) => d.code === 'unit-name-unsafe');
    expect(flagged).toMatchObject({ file: 'units.yaml', unit: 'xinyong-jianguan', severity: 'warning' });
    expect(flagged!.line).toBeGreaterThan(1);
  });
});
