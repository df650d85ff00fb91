import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledger, makeWorkspace } from '../helpers/cli.js';

describe("commander's own words come from the catalog", () => {
  it('help in Chinese by default, English with --lang en', async () => {
    const zh = await ledger(['check', '--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法： ledger check \[选项\]/);
    expect(zh.stdout).toContain('选项：');
    expect(zh.stdout).toContain('显示帮助');
    expect(zh.stdout).toContain('可选：text、json');
    expect(zh.stdout).not.toMatch(/Usage|Options|display help|choices|default:/);
    const en = await ledger(['check', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: ledger check \[options\]/);
    expect(en.stdout).toContain('choices: text, json');
  });

  it('parse errors: worded, with the command to get help, exit 2', async () => {
    const r = await ledger(['check', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('未知的选项 --bogus\n用 ledger check --help 查看用法。\n');
    const cmd = await ledger(['chek', '--lang', 'en']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('unknown command chek (did you mean check?)');
    const choice = await ledger(['check', '--format', 'xml']);
    expect(choice.stderr).toContain('选项 --format <format> 的取值“xml”无效，可选：text, json');
    const extra = await ledger(['schema', 'x']);
    expect(extra.stderr).toContain('参数过多');
  });
});

describe('the workspace is found upward, as git finds its repository', () => {
  it('from a folder inside the workspace', async () => {
    const ws = makeWorkspace();
    const inner = path.join(ws, 'evidence', '009');
    fs.mkdirSync(inner, { recursive: true });
    const r = await ledger(['explain', '9', '--format', 'json'], { cwd: inner });
    expect(r.code).toBe(0);
    const direct = await ledger(['explain', '9', '--format', 'json', '--workspace', ws]);
    expect(r.stdout).toBe(direct.stdout);
  });

  it('init without a folder writes where it is started, not into an enclosing workspace', async () => {
    const ws = makeWorkspace();
    const sub = path.join(ws, 'sub');
    fs.mkdirSync(sub);
    const r = await ledger(['init'], { cwd: sub });
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(sub, 'ledger.yaml'))).toBe(true);
  });
});
