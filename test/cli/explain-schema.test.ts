import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { addPdf, writeFile } from '../helpers/workspace.js';

describe('ledger explain', () => {
  /** a folder that is not a workspace */
  const outside = tempDir('ledger-outside-');

  it('outside a workspace prints the built-in catalog as JSON in the SPEC shape', async () => {
    const r = await ledger(['explain', '--format', 'json'], { cwd: outside });
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(entries).toHaveLength(119);
    const nine = entries.find((e) => e.id === '9')!;
    expect(Object.keys(nine)).toEqual([
      'id',
      'area',
      'group',
      'text',
      'methods',
      'materials',
      'leadDepartments',
      'responsible',
      'responsibleRaw',
    ]);
    expect(nine).toMatchObject({
      area: '一、政府职能依法全面履行',
      group: '3. 加强事中事后监管',
      methods: ['查看资料', '实地查看'],
      leadDepartments: ['市市场监管局', '市政务服务和大数据管理局'],
      responsible: { lead: ['xinyong-jianguan', 'zonghe-guihua'], cooperate: ['各有关单位'] },
      responsibleRaw: '信用监管科、综合规划科牵头，各有关单位配合',
    });
    expect((nine.materials as { no: number }[]).map((m) => m.no)).toEqual([1, 2]);
  });

  it('picks ids, accepts 009, refuses unknown ones with exit 2', async () => {
    const r = await ledger(['explain', '009', 'B1', '--format', 'json'], { cwd: outside });
    expect((JSON.parse(r.stdout) as { id: string }[]).map((e) => e.id)).toEqual(['9', 'B1']);
    expect((await ledger(['explain', '200'], { cwd: outside })).code).toBe(2);
  });

  it('inside a workspace shows coverage, carriers and contacts', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'evidence/011/1-文件.pdf', { pages: 2 });
    const r = await ledger(['explain', '11', '--workspace', ws]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('指标 11  一、政府职能依法全面履行 › 3. 加强事中事后监管');
    expect(r.stdout).toContain('✔ evidence/011/1-文件.pdf (2p)');
    expect(r.stdout).toContain('✖ 缺少');
    expect(r.stdout).toContain('承担单位：信用监管科（牵头） 进度：未完成');
    const en = await ledger(['explain', '48', '--workspace', ws, '--lang', 'en']);
    expect(en.stdout).toContain('merged with indicator 47; evidence goes in evidence/047/');
    // a merged indicator lists the shared materials (text and JSON), not "no materials"
    expect(en.stdout).toContain('① 通过常务会议或者全体会议进行重大行政决策的情况说明及佐证材料');
    expect(en.stdout).not.toContain('no materials');
    expect(en.stdout).not.toMatch(/[：；（）]/); // English punctuation in English
    const json = JSON.parse((await ledger(['explain', '48', '--format', 'json', '--workspace', ws])).stdout) as {
      materials: unknown[];
      materialsFrom: string;
    }[];
    expect(json[0]).toMatchObject({ materialsFrom: '47' });
    expect(json[0]!.materials).toHaveLength(3);
  });

  it('names a file that does not count, with the reason and the fix', async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'evidence/011/1-文件.pdf', 'not a pdf at all');
    const r = await ledger(['explain', '11', '--workspace', ws]);
    expect(r.stdout).toMatch(/✖ 缺少\n +✖ evidence\/011\/1-文件\.pdf（不是 PDF 文件/);
    expect(r.stdout).toContain('→ 证明材料应为 PDF');
  });
});

describe('ledger schema', () => {
  it('writes the nine JSON Schemas, identical to the committed ones', async () => {
    const out = tempDir('ledger-schema-');
    const r = await ledger(['schema', '-o', out]);
    expect(r.code).toBe(0);
    const names = fs.readdirSync(out).sort();
    expect(names).toEqual([
      'assignments.schema.json',
      'catalog-notes.schema.json',
      'evidence-index.schema.json',
      'indicators.schema.json',
      'ledger.schema.json',
      'problems.schema.json',
      'responsibilities.schema.json',
      'returns.schema.json',
      'units.schema.json',
    ]);
    for (const n of names) expect(fs.readFileSync(path.join(out, n), 'utf8')).toBe(fs.readFileSync(path.join(REPO, 'schemas', n), 'utf8'));
    expect((await ledger(['schema', '-o', out])).stdout).toContain('未变化');
  });
});
