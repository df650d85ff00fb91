import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runLedger } from '../helpers/run-ledger.js';
import { addPdf, cleanupWorkspaces, makeWorkspace } from '../helpers/workspace.js';

afterAll(cleanupWorkspaces);

describe('ledger explain', () => {
  it('outside a workspace prints the built-in catalog as JSON in the SPEC shape', () => {
    const r = runLedger(['explain', '--format', 'json'], { cwd: os.tmpdir() });
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(entries).toHaveLength(119);
    const nine = entries.find((e) => e.id === '9')!;
    expect(Object.keys(nine)).toEqual(['id', 'area', 'group', 'text', 'methods', 'materials', 'leadDepartments', 'responsible', 'responsibleRaw']);
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

  it('picks ids, accepts 009, refuses unknown ones with exit 2', () => {
    const r = runLedger(['explain', '009', 'B1', '--format', 'json'], { cwd: os.tmpdir() });
    expect((JSON.parse(r.stdout) as { id: string }[]).map((e) => e.id)).toEqual(['9', 'B1']);
    expect(runLedger(['explain', '200'], { cwd: os.tmpdir() }).code).toBe(2);
  });

  it('inside a workspace shows coverage, carriers and contacts', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'evidence/011/1-文件.pdf', { pages: 2 });
    const r = runLedger(['explain', '11', '--workspace', ws]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('指标 11  一、政府职能依法全面履行 › 3. 加强事中事后监管');
    expect(r.stdout).toContain('✔ evidence/011/1-文件.pdf (2p)');
    expect(r.stdout).toContain('✖ 缺少');
    expect(r.stdout).toContain('承担单位：信用监管科（牵头）进度：未完成');
    const en = runLedger(['explain', '48', '--workspace', ws, '--lang', 'en']);
    expect(en.stdout).toContain('merged with indicator 47; evidence goes in evidence/047/');
  });
});

describe('ledger schema', () => {
  it('writes the five JSON Schemas, identical to the committed ones', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-schema-'));
    const r = runLedger(['schema', '-o', out]);
    expect(r.code).toBe(0);
    const names = fs.readdirSync(out).sort();
    expect(names).toEqual(['assignments.schema.json', 'evidence-index.schema.json', 'indicators.schema.json', 'ledger.schema.json', 'units.schema.json']);
    for (const n of names) expect(fs.readFileSync(path.join(out, n), 'utf8')).toBe(fs.readFileSync(path.join(REPO, 'schemas', n), 'utf8'));
    expect(runLedger(['schema', '-o', out]).stdout).toContain('未变化');
    fs.rmSync(out, { recursive: true });
  });
});
