import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { hashFile } from '../../src/util/hash-file.js';
import { HAVE, pageText } from '../bundle/tools.js';
import { ledger, makeLegacyWorkspace, tempDir } from '../helpers/cli.js';
import { addPdf } from '../helpers/workspace.js';

describe('ledger bundle --all', () => {
  it('writes one PDF per indicator that takes materials, each with its manifest, and an index', async () => {
    // A catalog cut down to area 10 and the 附加项 (109–115, B1, B2, V1, V2) keeps the run short:
    // a copied catalog (the layout before issue 18) is what can be cut.
    const ws = makeLegacyWorkspace();
    for (const f of fs.readdirSync(path.join(ws, 'indicators')))
      if (!/area-1[01]\.yaml$/.test(f)) fs.rmSync(path.join(ws, 'indicators', f));
    await addPdf(ws, 'evidence/110/1-法治政府建设年度报告.pdf', { pages: 2 });
    const out = tempDir('bundle-all-');
    const r = await ledger(['bundle', '--all', '-o', out], { cwd: ws, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(r.code).toBe(1); // most materials are missing
    expect(r.stderr).toBe(''); // V1 and V2 take no materials: left out without a word
    const ids = ['109', '110', '111', '112', '113', '114', '115', 'B1', 'B2'];
    const names = ids.map((id) => `指标${/^\d+$/.test(id) ? id.padStart(3, '0') : id}`);
    expect(fs.readdirSync(out).sort()).toEqual(
      [...names.flatMap((n) => [`${n}.pdf`, `${n}.manifest.json`]), '索引.pdf', '索引.manifest.json'].sort(),
    );
    expect((await inspectPdf(path.join(out, '指标110.pdf'))).pages).toBe(1 + 1 + 2);
    const index = JSON.parse(fs.readFileSync(path.join(out, '索引.manifest.json'), 'utf8'));
    expect(index.bundles.map((b: { bundle: string }) => b.bundle)).toEqual(names.map((n) => `${n}.pdf`));
    for (const b of index.bundles) {
      const m = JSON.parse(fs.readFileSync(path.join(out, b.manifest), 'utf8'));
      expect(m.sha256).toBe(hashFile(path.join(out, b.bundle)));
    }
    if (HAVE.poppler) {
      const text = pageText(path.join(out, '索引.pdf'), 1);
      expect(text).toContain('法治政府建设示范创建集中申报材料索引');
      expect(text).toContain('指标110指标110.pdf4页已提供1/1项');
      expect(text).toContain('加分项1指标B1.pdf');
    }
  });
});
