import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, ledger, makeWorkspace, tempDir } from '../helpers/cli.js';

describe('ledger init', () => {
  it('scaffolds config, units, responsibilities, schemas, assignments, evidence folders and CI files', async () => {
    // A real init into an empty folder (makeWorkspace() copies the one global setup made).
    const ws = tempDir('ledger-init-');
    const r = await ledger(['init', ws]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    for (const f of [
      'ledger.yaml',
      'units.yaml',
      '.gitignore',
      '.github/workflows/ledger.yml',
      '.gitlab-ci.yml',
      'schemas/assignments.schema.json',
      'responsibilities.yaml',
      'schemas/responsibilities.schema.json',
      'templates/remind.md',
    ]) {
      expect(fs.existsSync(path.join(ws, f)), f).toBe(true);
    }
    // The catalog is pinned, not copied (issue 18): no indicators/ folder to edit.
    expect(fs.existsSync(path.join(ws, 'indicators'))).toBe(false);
    const config = fs.readFileSync(path.join(ws, 'ledger.yaml'), 'utf8');
    expect(config).toMatch(/^# yaml-language-server: \$schema=\.\/schemas\/ledger\.schema\.json/);
    expect(config).toContain('monthly_due_day: 4');
    expect(config.match(/- name: /g)).toHaveLength(7);
    // LEDGER_TODAY is 2026-11-28: the current cycle is 2026–2027.
    expect(config).toContain('due: 2026-09-30');
    expect(config).toContain('due: 2027-12-31');
    const fagui = fs.readFileSync(path.join(ws, 'assignments/fagui.yaml'), 'utf8');
    expect(fagui).toContain('$schema=../schemas/assignments.schema.json');
    expect(fagui).toMatch(/"30":\n {4}status: 未完成\n {4}progress: ""/);
    // Evidence folders: every indicator with its own materials, none for merged cells or veto items.
    const folders = fs.readdirSync(path.join(ws, 'evidence')).sort();
    expect(folders).toContain('001');
    expect(folders).toContain('047');
    expect(folders).not.toContain('048');
    expect(folders).not.toContain('073');
    expect(folders).toContain('B1');
    expect(folders).not.toContain('V1');
    expect(folders).toHaveLength(111);
    const readme = fs.readFileSync(path.join(ws, 'evidence/091/README.md'), 'utf8');
    expect(readme).toContain('与第 92、93、94 项合并报送');
    expect(readme).toContain('| ⑨ |');
    expect(fs.readFileSync(path.join(ws, '.github/workflows/ledger.yml'), 'utf8')).toContain('ledger check --changed');
    // a repository, because CI and --changed need one; the next steps name git
    expect(fs.existsSync(path.join(ws, '.git'))).toBe(true);
    expect(r.stdout).toContain('已在此目录建立 git 仓库');
    expect(r.stdout).toMatch(/下一步：cd .* && git add -A && git commit/);
    const again = await ledger(['init', ws]);
    expect(again.stdout).toContain('此目录已在一个 git 仓库中');
  });

  it('never overwrites, and says what it kept', async () => {
    const ws = makeWorkspace();
    fs.writeFileSync(path.join(ws, 'ledger.yaml'), 'organization: 我改过的\n');
    fs.rmSync(path.join(ws, 'assignments/fagui.yaml'));
    const r = await ledger(['init', ws]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(ws, 'ledger.yaml'), 'utf8')).toBe('organization: 我改过的\n');
    expect(fs.existsSync(path.join(ws, 'assignments/fagui.yaml'))).toBe(true);
    expect(r.stdout).toContain('已创建 1 个文件');
    expect(r.stdout).toContain('保留 ledger.yaml');
  });

  it('a fresh workspace has no YAML finding and fails only for missing evidence', async () => {
    const ws = makeWorkspace();
    const { code, report } = await checkJson(ws);
    expect(code).toBe(1);
    const codes = new Set(report.diagnostics.map((d) => d.code));
    expect([...codes].sort()).toEqual(['indicator-unassigned', 'material-missing']);
    expect(report.diagnostics.filter((d) => d.severity === 'error').every((d) => d.code === 'material-missing')).toBe(true);
    expect(report.summary).toMatchObject({ indicators: 119, complete: 0, materials: { covered: 0 } });
    // indicator-unassigned names the indicators only a group carries; nothing is wrong in a file, so it points at none:
    // its fix is the command.
    const unassigned = report.diagnostics.filter((d) => d.code === 'indicator-unassigned');
    expect(unassigned.map((d) => d.indicator)).toContain('8');
    expect(unassigned[0]).toMatchObject({ file: null, line: null });
  });
});
