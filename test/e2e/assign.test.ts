import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkJson, ledger, makeWorkspace } from '../helpers/cli.js';
import { edit, writeFile } from '../helpers/workspace.js';

const read = (ws: string, rel: string): string => fs.readFileSync(path.join(ws, rel), 'utf8');
const keys = (text: string): string[] => Object.keys((parse(text) as { indicators: Record<string, unknown> }).indicators);

describe('ledger assign', () => {
  it('adds group indicators in catalog order with status 未完成, keeping every existing line and comment', async () => {
    const ws = makeWorkspace();
    edit(ws, 'assignments/fagui.yaml', '  "63":\n', '  # 我们自己的备注：63 由王五负责\n  "63":\n');
    const before = read(ws, 'assignments/fagui.yaml');
    const r = await ledger(['assign', '48', '8', '047', '--unit', '法规科'], { cwd: ws });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('＋ 指标 8 分配给法规科');
    expect(r.stdout).toContain('材料与指标 47 合并，证明材料放在 evidence/047');
    const after = read(ws, 'assignments/fagui.yaml');
    // Nothing that was there is lost or moved: taking the three new entries out gives the old text back.
    const entry = /  # 配合（各有关单位） · [^\n]*\n  "(8|47|48)":\n    status: 未完成\n    progress: ""\n/g;
    expect([...after.matchAll(entry)].map((m) => m[1])).toEqual(['8', '47', '48']);
    expect(after.replace(entry, '')).toBe(before);
    const k = keys(before);
    const at46 = k.indexOf('46') + 1;
    expect(keys(after)).toEqual(['8', ...k.slice(0, at46), '47', '48', ...k.slice(at46)]);
    // The new entry sits above the comments of the key that follows it, not between them and their key.
    expect(after).toMatch(
      /"48":\n {4}status: 未完成\n {4}progress: ""\n {2}# 牵头 · 行政执法机关作出重大执法决定[^\n]*\n {2}# 我们自己的备注：63 由王五负责\n {2}"63":\n/,
    );
    const { report } = await checkJson(ws);
    const unassigned = report.diagnostics.filter((d) => d.code === 'indicator-unassigned').map((d) => d.indicator);
    expect(unassigned).not.toContain('8');
    expect(unassigned).not.toContain('48');
    expect(report.diagnostics.filter((d) => d.file === 'assignments/fagui.yaml')).toEqual([]);
  });

  it('says so and writes nothing when the indicator is already there', async () => {
    const ws = makeWorkspace();
    const before = read(ws, 'assignments/fagui.yaml');
    const r = await ledger(['assign', '30', '--unit', 'fagui'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('指标 30 已在法规科的台账中，未改动');
    expect(read(ws, 'assignments/fagui.yaml')).toBe(before);
  });

  it('keeps CRLF line endings and turns `indicators: {}` into entries', async () => {
    const ws = makeWorkspace();
    const crlf = '# 新成立的单位\r\nunit: fagui\r\ncontact: "张三 1234"\r\nindicators: {} # 暂无\r\n';
    writeFile(ws, 'assignments/fagui.yaml', crlf);
    const r = await ledger(['assign', '8', '--unit', 'fagui'], { cwd: ws });
    expect(r.code).toBe(0);
    const after = read(ws, 'assignments/fagui.yaml');
    expect(
      after.startsWith('# 新成立的单位\r\nunit: fagui\r\ncontact: "张三 1234"\r\nindicators: # 暂无\r\n  # 配合（各有关单位） · '),
    ).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(parse(after)).toMatchObject({ contact: '张三 1234', indicators: { '8': { status: '未完成', progress: '' } } });
  });

  it('refuses an indicator the table gives to other units, saying which units and groups it names; writes nothing', async () => {
    const ws = makeWorkspace();
    const before = read(ws, 'assignments/fagui.yaml');
    const r = await ledger(['assign', '8', '75', '999', '--unit', '法规科'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('指标 75 不能分配给法规科');
    expect(r.stderr).toContain('点名的单位：执法稽查科；点名的分组：各行政执法单位（执法稽查科、物价分局、消保分局、综合行政执法支队）');
    expect(r.stderr).toContain('未知的指标“999”（是否应为“9”？）');
    expect(r.stderr).toContain('未作任何修改：2 个问题');
    expect(read(ws, 'assignments/fagui.yaml')).toBe(before);
    const en = await ledger(['assign', '75', '--unit', 'fagui', '--lang', 'en'], { cwd: ws });
    expect(en.stderr).toContain('Indicator 75 cannot go to 法规科');
  });

  it('removes an entry with its generated comment; refuses one with content unless --force, and one the table names the unit for', async () => {
    const ws = makeWorkspace();
    const fresh = read(ws, 'assignments/fagui.yaml');
    await ledger(['assign', '8', '47', '--unit', 'fagui'], { cwd: ws });
    edit(ws, 'assignments/fagui.yaml', /("47":\n {4}status: 未完成\n {4}progress: )""/, '$1"已召开集体讨论会议 3 次"');
    const withContent = read(ws, 'assignments/fagui.yaml');

    const refused = await ledger(['assign', '47', '8', '30', '--unit', 'fagui', '--remove'], { cwd: ws });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('指标 47 已有填写内容（状态：未完成；完成进度：“已召开集体讨论会议 3 次”）');
    expect(refused.stderr).toContain('--force');
    expect(refused.stderr).toContain('指标 30 不能从法规科的台账中移除');
    expect(read(ws, 'assignments/fagui.yaml')).toBe(withContent);

    const dry = await ledger(['assign', '8', '--unit', 'fagui', '--remove', '--dry-run'], { cwd: ws });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('-   "8":');
    expect(read(ws, 'assignments/fagui.yaml')).toBe(withContent);

    const forced = await ledger(['assign', '47', '8', '--unit', 'fagui', '--remove', '--force'], { cwd: ws });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('－ 指标 47 已从法规科的台账中移除');
    expect(read(ws, 'assignments/fagui.yaml')).toBe(fresh);

    const absent = await ledger(['assign', '8', '--unit', 'fagui', '--remove'], { cwd: ws });
    expect(absent.stdout).toContain('指标 8 不在法规科的台账中');
  });

  it('creates the file of a unit that has none yet, as init would, with the assigned indicator', async () => {
    const ws = makeWorkspace();
    edit(ws, 'units.yaml', 'groups:\n  各有关单位:\n', 'groups:\n  各有关单位:\n    - xinfang\n');
    edit(ws, 'units.yaml', /\ngroups:/, '\n  - id: xinfang\n    name: 信访科\n    kind: 科室\ngroups:');
    const r = await ledger(['assign', '8', '--unit', '信访科'], { cwd: ws });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('已新建 assignments/xinfang.yaml');
    const text = read(ws, 'assignments/xinfang.yaml');
    expect(text).toContain('# 信访科 工作台账（附件2）');
    expect(parse(text)).toEqual({ unit: 'xinfang', contact: '', indicators: { '8': { status: '未完成', progress: '' } } });
    const { report } = await checkJson(ws);
    expect(report.diagnostics.filter((d) => d.file === 'assignments/xinfang.yaml' || d.code.startsWith('assignment-'))).toEqual([]);
    // Now carried, indicator 8 is a material-missing of 信访科's, no longer unassigned.
    expect(report.diagnostics.filter((d) => d.indicator === '8').map((d) => [d.code, d.unit])).toContainEqual([
      'material-missing',
      'xinfang',
    ]);
  });

  it('the unassigned finding names the command and the units it would accept', async () => {
    const ws = makeWorkspace();
    const r = await ledger(['check', '--verbose', '--indicator', '69', '8'], { cwd: ws });
    expect(r.stdout.replace(/\n\s+/g, '')).toContain('运行 ledger assign 8 --unit <单位> 分配给承担它的单位（可选：办公室、综合规划科');
    const md = await ledger(['check', '--format', 'markdown', '--indicator', '8', '--lang', 'en'], { cwd: ws });
    expect(md.stdout).toContain('Run ledger assign 8 --unit &lt;unit&gt;');
  });
});
