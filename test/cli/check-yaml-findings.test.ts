import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, ledger, makeLegacyWorkspace, makeWorkspace } from '../helpers/cli.js';
import { edit } from '../helpers/workspace.js';

const yamlCodes = async (ws: string) =>
  (await checkJson(ws)).report.diagnostics.filter((d) => !['material-missing', 'indicator-unassigned'].includes(d.code));

describe('YAML findings are located, never a stack trace', () => {
  it('syntax error in an assignments file', async () => {
    const ws = makeWorkspace();
    edit(ws, 'assignments/fagui.yaml', '"30":\n    status: 未完成', '"30":\n    status: [未完成');
    const found = await yamlCodes(ws);
    expect(found[0]).toMatchObject({ code: 'yaml-syntax', file: 'assignments/fagui.yaml', severity: 'error' });
    expect(found[0]!.line).toBeGreaterThan(8);
  });

  it('duplicate key', async () => {
    const ws = makeWorkspace();
    edit(ws, 'assignments/fagui.yaml', 'unit: fagui\n', 'unit: fagui\nunit: fagui\n');
    expect(await yamlCodes(ws)).toEqual([
      expect.objectContaining({ code: 'yaml-duplicate-key', file: 'assignments/fagui.yaml', line: 6, column: 1 }),
    ]);
  });

  it('schema violation with expected and found', async () => {
    const ws = makeWorkspace();
    edit(ws, 'assignments/fagui.yaml', /"30":\n {4}status: 未完成/, '"30":\n    status: 完成了');
    const [d] = await yamlCodes(ws);
    expect(d).toMatchObject({ code: 'schema-invalid', file: 'assignments/fagui.yaml', column: 13 });
    expect(d!.message).toContain('完成了');
    expect(d!.message).toContain('已完成');
    expect(d!.indicator).toBe('30');
  });

  it('a full-width colon is named as such', async () => {
    const ws = makeWorkspace();
    edit(ws, 'assignments/fagui.yaml', /"30":\n {4}status: 未完成/, '"30":\n    status：未完成');
    const [d] = await yamlCodes(ws);
    expect(d).toMatchObject({ code: 'yaml-syntax', file: 'assignments/fagui.yaml' });
    expect(d!.message).toContain('全角冒号');
  });

  it('one bad entry does not hide the other findings of its file', async () => {
    const ws = makeWorkspace();
    edit(ws, 'assignments/fagui.yaml', /"30":\n {4}status: 未完成/, '"30":\n    status: 完成');
    fs.appendFileSync(path.join(ws, 'assignments/fagui.yaml'), '  "116":\n    status: 未完成\n');
    const found = await yamlCodes(ws);
    expect(found.map((d) => [d.code, d.indicator])).toEqual(
      expect.arrayContaining([
        ['schema-invalid', '30'],
        ['indicator-unknown', '116'],
      ]),
    );
    expect(found.some((d) => d.code === 'assignment-missing-indicator')).toBe(false);
    // still refused for writing: export does not use a file that does not match its schema
    const r = await ledger(['export', '--unit', 'fagui', '--workspace', ws, '-o', path.join(ws, 'out')]);
    expect(r.code).toBe(2);
  });

  it('unknown unit in a group, with a did-you-mean', async () => {
    const ws = makeWorkspace();
    edit(ws, 'units.yaml', /(各行政执法单位:\n {4}- )zhifa-jicha/, '$1zhifa-jica');
    const [d] = await yamlCodes(ws);
    expect(d).toMatchObject({ code: 'unit-unknown', file: 'units.yaml' });
    expect(d!.message).toContain('zhifa-jicha');
    expect(d!.line).toBeGreaterThan(1);
  });

  it('unknown group and unit in the catalog', async () => {
    const ws = makeLegacyWorkspace();
    edit(ws, 'indicators/area-01.yaml', 'cooperate: [各有关科室]', 'cooperate: [各有关科]');
    const found = await yamlCodes(ws);
    expect(found.some((d) => d.code === 'group-unknown' && d.file === 'indicators/area-01.yaml' && d.message.includes('各有关科室'))).toBe(
      true,
    );
  });

  it('unknown group, unit, indicator and material in responsibilities.yaml', async () => {
    const ws = makeWorkspace();
    edit(
      ws,
      'responsibilities.yaml',
      '"4": {lead: [zhengwu-fuwu], cooperate: [各有关科室]}',
      '"4": {lead: [zhengwu-fuw], cooperate: [各有关科]}',
    );
    edit(ws, 'responsibilities.yaml', /"9": \{[^}]*\}/, '"9": { lead: [fagui], materials: { "7": { lead: [fagui] } } }');
    fs.appendFileSync(path.join(ws, 'responsibilities.yaml'), '  "116": { lead: [fagui] }\n');
    const found = await yamlCodes(ws);
    const at = (code: string) => found.filter((d) => d.code === code && d.file === 'responsibilities.yaml');
    expect(at('group-unknown')[0]!.message).toContain('各有关科室');
    expect(at('unit-unknown')[0]!.message).toContain('zhengwu-fuwu');
    expect(at('unit-unknown')[0]).toMatchObject({ indicator: '4' });
    expect(at('indicator-unknown')[0]!.line).toBeGreaterThan(100);
    expect(at('material-unknown')[0]).toMatchObject({ indicator: '9' });
  });

  it('unknown indicator, missing indicator and an indicator the unit is not responsible for', async () => {
    const ws = makeWorkspace();
    edit(ws, 'assignments/fagui.yaml', /  # [^\n]*\n  "30":\n    status: 未完成\n    progress: ""\n/, '');
    fs.appendFileSync(path.join(ws, 'assignments/fagui.yaml'), '  "1150":\n    status: 未完成\n  "1":\n    status: 未完成\n');
    const found = await yamlCodes(ws);
    const byCode = Object.fromEntries(found.map((d) => [d.code, d]));
    expect(byCode['indicator-unknown']).toMatchObject({ file: 'assignments/fagui.yaml', indicator: '1150', unit: 'fagui' });
    expect(byCode['indicator-unknown']!.message).toContain('115');
    expect(byCode['assignment-missing-indicator']).toMatchObject({ indicator: '30', unit: 'fagui' });
    expect(byCode['assignment-not-responsible']).toMatchObject({ indicator: '1', unit: 'fagui' });
    expect(byCode['assignment-not-responsible']!.line).toBeGreaterThan(1);
  });

  it('a group member may carry a group indicator; a unit outside the group may not', async () => {
    const ws = makeWorkspace();
    // 69: 法规科、各行政执法单位 — 消保分局 is an enforcement unit, 财务装备科 is not.
    fs.appendFileSync(path.join(ws, 'assignments/xiaobao-fenju.yaml'), '  "69":\n    status: 未完成\n');
    fs.appendFileSync(path.join(ws, 'assignments/caiwu-zhuangbei.yaml'), '  "69":\n    status: 未完成\n');
    const found = await yamlCodes(ws);
    expect(found).toEqual([expect.objectContaining({ code: 'assignment-not-responsible', unit: 'caiwu-zhuangbei', indicator: '69' })]);
  });

  it('assignments file missing, and a file whose unit does not match its name', async () => {
    const ws = makeWorkspace();
    fs.rmSync(path.join(ws, 'assignments/fanlongduan.yaml'));
    edit(ws, 'assignments/bangongshi.yaml', 'unit: bangongshi', 'unit: bangongshi2');
    const codes = (await yamlCodes(ws)).map((d) => d.code);
    expect(codes).toContain('assignment-file-missing');
    expect(codes).toContain('assignment-unit-mismatch');
    expect(codes).toContain('unit-unknown');
  });

  it('broken ledger.yaml: located finding and exit 2', async () => {
    const ws = makeWorkspace();
    edit(ws, 'ledger.yaml', 'monthly_due_day: 4', 'monthly_due_day: 40');
    const r = await ledger(['check', '--workspace', ws]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/ledger\.yaml:\d+:\d+ .*monthly_due_day/);
    expect(r.stderr).toContain('ledger.yaml 无法使用');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('not a workspace: exit 2 with a message saying what to do', async () => {
    const r = await ledger(['check', '--workspace', '/nonexistent-folder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ledger init');
    const en = await ledger(['check', '--workspace', '/nonexistent-folder', '--lang', 'en']);
    expect(en.stderr).toContain('is not a ledger workspace');
  });

  it('bad arguments: exit 2', async () => {
    expect((await ledger(['check', '--format', 'xml'])).code).toBe(2);
    expect((await ledger(['frobnicate'])).code).toBe(2);
    const ws = makeWorkspace();
    const r = await ledger(['check', '--workspace', ws, '--unit', '法规']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('法规科');
  });

  it('empty and binary YAML files do not crash', async () => {
    const ws = makeWorkspace();
    fs.writeFileSync(path.join(ws, 'units.yaml'), '');
    fs.writeFileSync(path.join(ws, 'assignments/fagui.yaml'), Buffer.from([0, 1, 2, 0xff, 0xfe]));
    const r = await ledger(['check', '--workspace', ws]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('units.yaml');
    expect(r.stderr).toBe('');
  });
});

describe('duplicates in the configuration', () => {
  it('a unit alias used twice, and an indicator defined twice', async () => {
    const ws = makeLegacyWorkspace();
    edit(ws, 'units.yaml', 'aliases: [财物装备科]', 'aliases: [财物装备科, 人事科]');
    fs.appendFileSync(path.join(ws, 'indicators/area-11.yaml'), '');
    const area10 = fs.readFileSync(path.join(ws, 'indicators/area-10.yaml'), 'utf8');
    fs.writeFileSync(path.join(ws, 'indicators/area-12.yaml'), area10);
    const found = await yamlCodes(ws);
    expect(found.find((d) => d.code === 'unit-duplicate')).toMatchObject({ file: 'units.yaml', unit: 'caiwu-zhuangbei' });
    expect(found.find((d) => d.code === 'unit-duplicate')!.message).toContain('人事科');
    const dup = found.filter((d) => d.code === 'indicator-duplicate');
    expect(dup.map((d) => d.indicator).sort()).toEqual(['109', '110', '111', '112', '113', '114', '115']);
    expect(dup[0]).toMatchObject({ file: 'indicators/area-12.yaml' });
    expect(dup[0]!.line).toBeGreaterThan(1);
  });
});
