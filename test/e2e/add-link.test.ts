import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkJson, ledger, makeWorkspace } from '../helpers/cli.js';
import { writeFile } from '../helpers/workspace.js';

const INDEX = 'evidence/009/index.yaml';
const URL1 = 'https://www.xuchang.gov.cn/news/1.html';

/** `ledger add --link`: a news link recorded in index.yaml instead of hand-editing YAML; one workspace for the file. */
describe('ledger add --link', () => {
  let ws: string;
  beforeAll(() => {
    ws = makeWorkspace();
    writeFile(ws, INDEX, '# 我们的备注\nmaterials:\n  1:\n    not_applicable: 本地区无此事项 # 领导同意\n');
  });
  const add = (...args: string[]) => ledger(['add', ...args], { cwd: ws });

  it('--dry-run says what it would record and writes nothing', async () => {
    const before = fs.readFileSync(path.join(ws, INDEX), 'utf8');
    const r = await add('--link', URL1, '--to', '9/2', '--title', '我市开展双随机抽查', '--date', '2026-05-12', '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`将记录新闻链接：指标 9 材料②“我市开展双随机抽查”（2026-05-12）→ ${INDEX}（试运行，未写入）`);
    expect(fs.readFileSync(path.join(ws, INDEX), 'utf8')).toBe(before);
  });

  it('records the link, keeps the comments and the exception, and check counts the material covered', async () => {
    const r = await add('--link', URL1, '--to', '9/②', '--title', '我市开展双随机抽查', '--date', '2026-05-12', '--source', '许昌日报');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已记录新闻链接：指标 9 材料②“我市开展双随机抽查”（2026-05-12）→ ${INDEX}`);
    const text = fs.readFileSync(path.join(ws, INDEX), 'utf8');
    expect(text).toContain('# 我们的备注');
    expect(text).toContain('not_applicable: 本地区无此事项 # 领导同意');
    expect(parse(text).materials['2']).toEqual({
      links: [{ url: URL1, title: '我市开展双随机抽查', date: '2026-05-12', source: '许昌日报' }],
    });
    const { report } = await checkJson(ws, ['--indicator', '9']);
    expect(report.diagnostics.filter((d) => d.indicator === '9' && d.material === 2)).toEqual([]);
    expect(report.diagnostics.filter((d) => d.code.startsWith('link-') || d.code === 'schema-invalid')).toEqual([]);
  });

  it('refuses a duplicate URL, a non-http(s) URL, an unknown indicator or material, and bad flags, with exit 2 and nothing written', async () => {
    const before = fs.readFileSync(path.join(ws, INDEX), 'utf8');
    const cases: [string[], string][] = [
      [
        ['--link', `${URL1}#x`, '--to', '10/1', '--title', 't', '--date', '2026-05-12'],
        `已记录在 9/2，未重复记录。同一篇报道也证明本材料时，请在 index.yaml 中写 same_as: "9/2"`,
      ],
      [['--link', 'file:///C:/新闻.html', '--to', '9/2', '--title', 't', '--date', '2026-05-12'], '不是网页地址（file:）'],
      [['--link', 'www.example.com', '--to', '9/2', '--title', 't', '--date', '2026-05-12'], '不是有效的网址'],
      [['--link', 'https://x.example/a', '--to', '999/1', '--title', 't', '--date', '2026-05-12'], '未知的指标“999”'],
      [['--link', 'https://x.example/a', '--to', '9/7', '--title', 't', '--date', '2026-05-12'], '指标 9 只有 2 项材料，没有材料 7'],
      [['--link', 'https://x.example/a', '--to', '9/2', '--date', '2026-05-12'], '请用 --title 写明报道标题'],
      [['--link', 'https://x.example/a', '--to', '9/2', '--title', 't', '--date', '2026-02-30'], '--date 2026-02-30 不是有效日期'],
      [['--link', 'https://x.example/a', '--to', '9/2', '--title', 't'], '请用 --date 写明发布日期'],
      [['some.pdf', '--link', 'https://x.example/a', '--to', '9/2', '--title', 't', '--date', '2026-05-12'], '不能同时添加文件'],
      [['--to', '9/2', '--title', 't'], '请同时给出 --link'],
      [['--to', '9/2'], '请给出要添加的文件，或用 --link'],
    ];
    for (const [args, message] of cases) {
      const r = await add(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(fs.readFileSync(path.join(ws, INDEX), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(ws, 'evidence/010/index.yaml'))).toBe(false);
  });
});
