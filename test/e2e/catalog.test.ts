import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { loadBuiltinCatalog } from '../../src/load/load-catalog.js';
import { catalogDigest } from '../../src/model/catalog-identity.js';
import { ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { catalog2021v2 } from '../helpers/published-catalog.js';
import { addPdf, snapshot, writeFile } from '../helpers/workspace.js';

const COPY = 'catalogs/法治政府建设示范指标体系@2021.2';
const codes = (ws: string) => loadWorkspace(ws).diagnostics.map((d) => d.code);

describe('one catalog handed down: ledger catalog, catalog update, init --catalog', () => {
  let published: string;
  let ws: string;
  beforeAll(async () => {
    published = catalog2021v2();
    ws = makeWorkspace();
    await addPdf(ws, 'evidence/011/1-信用监管文件.pdf');
    await addPdf(ws, 'evidence/115/1-听取汇报.pdf');
    writeFile(ws, 'evidence/031/index.yaml', 'materials:\n  1:\n    review: {verdict: 通过, by: 市局, date: 2026-10-01}\n');
  });

  it('shows the pinned catalog: name, version, SHA-256 and counts', async () => {
    const r = await ledger(['catalog', '--workspace', ws, '--format', 'json']);
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout);
    expect(facts.catalog).toEqual({
      name: '法治政府建设示范指标体系',
      version: '2021.1',
      sha256: catalogDigest(loadBuiltinCatalog().catalog.entries),
    });
    expect(facts.where).toBe('builtin');
    expect(facts.counts.indicators).toBe(119);
    expect(facts.newer).toBeNull();
    const text = await ledger(['catalog', '--workspace', tempDir()]);
    expect(text.stdout).toContain('版本：2021.1\nSHA-256：');
    expect(text.stdout).toContain('来源：随 ledger 附带');
  });

  it('--dry-run reports what changes and what it does to evidence, ledgers and reviews, and writes nothing', async () => {
    const before = snapshot(ws);
    const r = await ledger(['catalog', 'update', published, '--dry-run', '--workspace', ws]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('删除指标：11');
    expect(r.stdout).toContain('指标 115 改编号为 116');
    expect(r.stdout).toContain('指标 30 的材料：新增 3');
    expect(r.stdout).toContain('指标 31 的材料：措辞改动 1');
    expect(r.stdout).toContain('evidence/011：所属指标 11 在新版中已删除（1 个文件保留原处');
    expect(r.stdout).toContain('evidence/115：指标 115 改为 116');
    expect(r.stdout).toMatch(/assignments\/[\w-]+\.yaml：指标 11（未完成） 已删除/);
    expect(r.stdout).toContain('responsibilities.yaml：指标 11 已删除');
    expect(r.stdout).toContain('evidence/031/index.yaml：材料 1 的初评是按旧措辞做的');
    expect(r.stdout).toContain(`写入 ${COPY}/catalog.json`);
    expect(snapshot(ws)).toEqual(before);
  });

  it('applies: ledger.yaml pins the new version, the copy goes to catalogs/, evidence is untouched, and the workspace loads on it', async () => {
    const ws2 = ws;
    const evidence = snapshot(path.join(ws2, 'evidence'));
    const ledgerText = fs.readFileSync(path.join(ws2, 'ledger.yaml'), 'utf8');
    const r = await ledger(['catalog', 'update', published, '--workspace', ws2]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已固定 法治政府建设示范指标体系@2021.2');
    const after = fs.readFileSync(path.join(ws2, 'ledger.yaml'), 'utf8');
    expect(parse(after).catalog).toEqual({ name: '法治政府建设示范指标体系', version: '2021.2' });
    // Only the pin changed: comments and every other line as they were.
    expect(after.replace('2021.2', '2021.1')).toBe(ledgerText);
    expect(fs.readFileSync(path.join(ws2, COPY, 'catalog.json'), 'utf8')).toBe(
      fs.readFileSync(path.join(published, 'catalog.json'), 'utf8'),
    );
    expect(snapshot(path.join(ws2, 'evidence'))).toEqual(evidence);
    const loaded = loadWorkspace(ws2);
    expect(loaded.diagnostics.map((d) => d.code)).not.toContain('catalog-unknown');
    expect(loaded.workspace?.catalog.byId.has('116')).toBe(true);
    expect(loaded.workspace?.catalog.byId.has('11')).toBe(false);
    // A copy edited after it was handed down is refused by the load, not taken for 2021.2.
    const area = path.join(ws2, COPY, 'area-10.yaml');
    fs.writeFileSync(area, fs.readFileSync(area, 'utf8').replace('确保专门工作力量', '确保专门工作力量（改）'));
    expect(codes(ws2)).toContain('catalog-copy-invalid');
  });

  it('check warns when a newer version of the pinned catalog is known (a copy in catalogs/)', () => {
    const ws3 = makeWorkspace();
    expect(codes(ws3)).not.toContain('catalog-newer-known');
    fs.cpSync(published, path.join(ws3, COPY), { recursive: true });
    const found = loadWorkspace(ws3).diagnostics.find((d) => d.code === 'catalog-newer-known');
    expect(found).toMatchObject({
      severity: 'warning',
      file: 'ledger.yaml',
      args: { newer: '法治政府建设示范指标体系@2021.2', where: COPY },
    });
  });

  it('init --catalog starts a workspace on the catalog handed down', async () => {
    const dir = path.join(tempDir(), 'county');
    const r = await ledger(['init', dir, '--catalog', published, '--profile', 'county-bureau', '--org', '某县市场监督管理局']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(parse(fs.readFileSync(path.join(dir, 'ledger.yaml'), 'utf8')).catalog.version).toBe('2021.2');
    expect(fs.existsSync(path.join(dir, COPY, 'area-10.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'evidence/116/README.md'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'evidence/011'))).toBe(false);
    const c = codes(dir);
    expect(c).not.toContain('catalog-unknown');
    expect(c).not.toContain('catalog-copy-invalid');
  });

  it('refuses what is not a catalog source, with the reason', async () => {
    const none = await ledger(['catalog', 'update', tempDir(), '--workspace', ws]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('不是发布的目录文件夹');
    const packet = await ledger(['catalog', 'update', 'x-2026-11.ledger.zip', '--workspace', ws]);
    expect(packet.code).toBe(2);
    expect(packet.stderr).toContain('报送包只记录目录的名称、版本和 SHA-256');
    // ws is on 2021.2 by now (the test above): the shipped 2021.1 is older.
    const older = await ledger(['catalog', 'update', 'builtin', '--workspace', ws]);
    expect(older.code).toBe(2);
    expect(older.stderr).toContain('比工作区固定的 法治政府建设示范指标体系@2021.2 旧，不能退回');
  });
});
