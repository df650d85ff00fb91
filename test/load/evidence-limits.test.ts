import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FOLDER_ENTRIES } from '../../src/load/load-evidence.js';
import { MAX_PATH_CHARS } from '../../src/model/file-names.js';
import { checkJson, makeWorkspace } from '../helpers/cli.js';
import { addPdf } from '../helpers/workspace.js';

/** The limits of what one run lists under evidence/ (README 限制): each exceeded one is a finding that names it. */
describe('limits of the evidence tree', () => {
  it(`a folder of more than ${MAX_FOLDER_ENTRIES} entries: one finding naming the limit, only the first ${MAX_FOLDER_ENTRIES} examined`, async () => {
    const ws = makeWorkspace();
    const dir = path.join(ws, 'evidence', '009', '2');
    fs.mkdirSync(dir, { recursive: true });
    const count = MAX_FOLDER_ENTRIES + 5;
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.pdf`), '');
    const { code, report } = await checkJson(ws, ['--no-cache']);
    expect(code).toBe(1);
    const limit = report.diagnostics.filter((d) => d.code === 'folder-too-many-files');
    expect(limit).toHaveLength(1);
    expect(limit[0]).toMatchObject({ file: 'evidence/009/2', indicator: '9', severity: 'error' });
    expect(limit[0]!.message).toBe(
      `文件夹中有 ${count} 个文件或文件夹，超过上限 ${MAX_FOLDER_ENTRIES} 个：只检查了按名称排在前面的 ${MAX_FOLDER_ENTRIES} 个`,
    );
    const examined = new Set(report.diagnostics.filter((d) => d.file?.startsWith('evidence/009/2/')).map((d) => d.file));
    expect(examined.size).toBe(MAX_FOLDER_ENTRIES);
    expect(examined.has(`evidence/009/2/${String(count - 1).padStart(5, '0')}.pdf`)).toBe(false);
    // Measured about 10 s for the 10,005 files on a loaded two-core machine; the bound is for the hang this prevents.
  }, 180_000);

  it(`a path from evidence/ longer than ${MAX_PATH_CHARS} characters is a warning (Windows stops at 260), and still counts`, async () => {
    const ws = makeWorkspace();
    // A material subfolder and a file, each within Windows' 150-character rule and Linux's 255 bytes.
    const at = (folder: string, length: number): string => {
      const head = `evidence/${folder}/1-${'材'.repeat(60)}/`;
      return `${head}${'b'.repeat(length - head.length - '.pdf'.length)}.pdf`;
    };
    const ok = at('031', MAX_PATH_CHARS);
    const long = at('032', MAX_PATH_CHARS + 1);
    expect([ok.length, long.length]).toEqual([MAX_PATH_CHARS, MAX_PATH_CHARS + 1]);
    await addPdf(ws, ok);
    await addPdf(ws, long);
    const { report } = await checkJson(ws, ['--no-cache']);
    const found = report.diagnostics.filter((d) => d.code === 'path-too-long');
    expect(found.map((d) => d.file)).toEqual([long]);
    expect(found[0]).toMatchObject({ severity: 'warning', indicator: '32', material: 1 });
    expect(found[0]!.message).toContain(`路径长 ${MAX_PATH_CHARS + 1} 个字符`);
    expect(report.diagnostics.some((d) => d.code === 'material-missing' && d.indicator === '32' && d.material === 1)).toBe(false);
  });
});
