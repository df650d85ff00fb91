import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkJson, ledger, tempDir } from '../helpers/cli.js';
import { edit } from '../helpers/workspace.js';

const git = (ws: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws, encoding: 'utf8' });
const yaml = (ws: string, rel: string) => parse(fs.readFileSync(path.join(ws, rel), 'utf8'));
const UNIT_CODES = [
  'unit-unknown',
  'group-unknown',
  'assignment-unit-mismatch',
  'assignment-not-responsible',
  'assignment-missing-indicator',
];

/**
 * Issue 18's acceptance: a county bureau sets its workspace up from --profile county-bureau and
 * changes its units by command only; no catalog file changes and check knows every unit.
 */
describe('a county bureau: init --profile county-bureau, units changed by command', () => {
  it('adds, merges (refusing a status conflict first), renames and refuses a removal; check finds no unknown unit', async () => {
    const ws = path.join(tempDir('ledger-county-'), 'ws');
    const init = await ledger(['init', ws, '--profile', 'county-bureau', '--org', '禹州市市场监督管理局']);
    expect(init.code, init.stderr).toBe(0);
    expect(fs.existsSync(path.join(ws, 'indicators'))).toBe(false);
    const config = yaml(ws, 'ledger.yaml');
    expect(config).toMatchObject({
      organization: '禹州市市场监督管理局',
      profile: 'county-bureau',
      catalog: { name: '法治政府建设示范指标体系', version: '2021.1' },
      review_body: '县局',
    });
    // The printed city units mapped where clear: 法规科 → 法规股, 执法稽查科 → 执法大队; 综合规划科 left to assign.
    const resp = yaml(ws, 'responsibilities.yaml').indicators;
    expect(resp['31']).toEqual({ lead: ['fagui'] });
    expect(resp['14']).toEqual({ lead: ['zhifa-dadui'], cooperate: ['各有关单位'] });
    expect(resp['6']).toEqual({ cooperate: ['各有关科室'] });
    expect(fs.readFileSync(path.join(ws, 'responsibilities.yaml'), 'utf8')).toContain('待分配：综合规划科（市局单位）本局无明确对应');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'init');

    expect(
      (await ledger(['unit', 'add', '综合股', '--id', 'zonghe', '--kind', '股室', '--group', '各有关科室', '--workspace', ws])).code,
    ).toBe(0);
    expect((await ledger(['assign', '6', '--unit', '综合股', '--workspace', ws])).code).toBe(0);
    expect((await ledger(['assign', '6', '--unit', '办公室', '--workspace', ws])).code).toBe(0);
    edit(ws, 'assignments/zonghe.yaml', /("6":\n\s+status: )未完成/, '$1已完成');
    edit(ws, 'assignments/zonghe.yaml', 'contact: ""', 'contact: 张三 0374-1234567');
    fs.appendFileSync(
      path.join(ws, 'problems.yaml'),
      'problems:\n  - id: 1\n    found: 2026-10-01\n    source: 全面自查\n    indicator: 6\n    unit: 综合股\n' +
        '    description: 清单未公开\n    measures: 公开清单\n    due: 2027-03-01\n    status: 整改中\n',
    );
    edit(ws, 'problems.yaml', /^problems: \[\]\n/m, '');

    // Two different statuses for indicator 6: refused with the reason, nothing written.
    const before = git(ws, 'status', '--porcelain');
    const refused = await ledger(['unit', 'merge', '综合股', '--into', '办公室', '--workspace', ws]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('指标 6：综合股 为“已完成”，办公室 为“未完成”');
    expect(git(ws, 'status', '--porcelain')).toBe(before);

    edit(ws, 'assignments/zonghe.yaml', /("6":\n\s+status: )已完成\n(\s+progress: )""/, '$1未完成\n$2"已起草清单"');
    const beforeDry = fs.readFileSync(path.join(ws, 'units.yaml'), 'utf8');
    const dry = await ledger(['unit', 'merge', 'zonghe', '--into', '办公室', '--dry-run', '--workspace', ws]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('（--dry-run：未写入任何文件）');
    expect(fs.readFileSync(path.join(ws, 'units.yaml'), 'utf8')).toBe(beforeDry);
    expect(fs.existsSync(path.join(ws, 'assignments/zonghe.yaml'))).toBe(true);
    const merged = await ledger(['unit', 'merge', 'zonghe', '--into', '办公室', '--workspace', ws]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(fs.existsSync(path.join(ws, 'assignments/zonghe.yaml'))).toBe(false);
    const office = yaml(ws, 'assignments/bangongshi.yaml');
    expect(office.indicators['6']).toMatchObject({ status: '未完成', progress: '已起草清单', contact: '张三 0374-1234567' });
    expect(yaml(ws, 'problems.yaml').problems[0].unit).toBe('办公室');
    const units = yaml(ws, 'units.yaml');
    expect(units.units.find((u: { id: string }) => u.id === 'bangongshi').aliases).toEqual(['综合股']);
    expect(units.groups['各有关科室']).not.toContain('zonghe');
    // the header comment of units.yaml is kept
    expect(fs.readFileSync(path.join(ws, 'units.yaml'), 'utf8')).toMatch(/^# yaml-language-server.*\n# 县（市、区）市场监督管理局的单位/);

    const renamed = await ledger(['unit', 'rename', '法规股', '法制股', '--workspace', ws]);
    expect(renamed.code, renamed.stderr).toBe(0);
    const fagui = yaml(ws, 'units.yaml').units.find((u: { id: string }) => u.id === 'fagui');
    expect(fagui).toMatchObject({ name: '法制股', aliases: ['法规股'] });

    const remove = await ledger(['unit', 'remove', '市场监管六所', '--workspace', ws]);
    expect(remove.code).toBe(2);
    expect(remove.stderr).toContain('units.yaml groups（各有关单位、各行政执法单位、各执法单位、各所）');

    // Only the bureau's own files changed; no catalog file exists to change.
    const changed = git(ws, 'status', '--porcelain')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3))
      .sort();
    expect(changed).toEqual(['assignments/bangongshi.yaml', 'problems.yaml', 'units.yaml']);
    const { report } = await checkJson(ws);
    expect(report.diagnostics.filter((d) => UNIT_CODES.includes(d.code))).toEqual([]);
    expect(report.diagnostics.filter((d) => d.code.startsWith('yaml-') || d.code === 'schema-invalid')).toEqual([]);

    // The organisation and the 初评 body on the unit's sheets.
    const out = tempDir('ledger-county-xlsx-');
    expect((await ledger(['export', '--unit', '法制股', '-o', out, '--workspace', ws])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(
      path.join(
        out,
        fs.readdirSync(out).find((f) => f.endsWith('.xlsx'))!,
      ),
    );
    const cells = wb.worksheets.flatMap((s) => [s.getCell('A1').text, s.getCell('A2').text]).join('\n');
    expect(cells).toContain('禹州市市场监督管理局');
    expect(cells).toContain('县局初评结论');
    expect(cells).not.toContain('许昌');
  });
});
