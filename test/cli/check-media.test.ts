import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkJson, ledger, makeWorkspace, type JsonReport } from '../helpers/cli.js';
import { cut, image, withExif } from '../helpers/images.js';
import { addPdf, writeFile } from '../helpers/workspace.js';

type D = JsonReport['diagnostics'][number];
const of = (r: JsonReport, code: string): D[] => r.diagnostics.filter((d) => d.code === code);
const missing = (r: JsonReport, id: string): number[] =>
  r.diagnostics.filter((d) => d.code === 'material-missing' && d.indicator === id).map((d) => d.material!);

/** A local news site: a page, a missing page, a redirect to the page, a page that never answers, a server that refuses HEAD. */
function newsServer(): Promise<{ base: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    if (req.url === '/ok') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>报道</p>');
    else if (req.url === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end(), 5000).unref();
    else if (req.url === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    else res.writeHead(404).end('not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ base: `http://127.0.0.1:${port}`, close: () => server.closeAllConnections() ?? server.close() });
    });
  });
}

describe('images and news links as evidence, end to end', () => {
  let ws: string;
  let site: { base: string; close: () => void };

  beforeAll(async () => {
    site = await newsServer();
    ws = makeWorkspace();
    // Indicator 2 (3 materials): a photo, a PNG named .jpg, a PDF named .png.
    writeFile(ws, 'evidence/002/1-会议照片.jpg', image('photo-640x480.jpg'));
    writeFile(ws, 'evidence/002/2-截图.jpg', image('alpha-400x300.png'));
    writeFile(ws, 'evidence/002/3-文件.png', fs.readFileSync(await addPdf(ws, 'evidence/002/tmp.pdf')));
    fs.rmSync(path.join(ws, 'evidence/002/tmp.pdf'));
    // Indicator 3 (5 materials): a cut copy, a thumbnail, an old photo, a 涉密 name; 5 only by links.
    writeFile(ws, 'evidence/003/1-照片.jpg', cut(image('photo-640x480.jpg')));
    writeFile(ws, 'evidence/003/2-缩略图.jpg', image('small-120x90.jpg'));
    writeFile(ws, 'evidence/003/3-旧照片.jpg', withExif(image('photo-640x480.jpg'), { taken: '2016:08:01 10:00:00' }));
    writeFile(ws, 'evidence/003/4-秘密现场.png', image('palette-400x300.png'));
    writeFile(
      ws,
      'evidence/003/index.yaml',
      [
        '# 新闻链接',
        'materials:',
        '  "5":',
        '    links:',
        `      - url: ${site.base}/ok`,
        '        title: 我局开展专项检查',
        '        date: 2024-05-01',
        '        source: 许昌日报',
        `      - url: ${site.base}/moved`,
        '        title: 转载',
        '        date: 2018-03-01',
        `      - url: ${site.base}/gone`,
        '        title: 已撤下的报道',
        '        date: 2024-06-01',
        `      - url: ${site.base}/slow`,
        '        title: 很慢的网站',
        '        date: 2024-06-02',
        `      - url: ${site.base}/no-head`,
        '        title: 不支持 HEAD',
        '        date: 2024-06-03',
        '  "4":',
        '    links:',
        '      - url: javascript:alert(1)',
        '        title: 坏链接',
        '        date: 2024-06-01',
        `      - url: ${site.base}/ok`,
        '        title: 同一篇报道',
        '        date: 2024-05-01',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => site.close());

  it('images count by content; links count alone; each finding where it belongs', async () => {
    const { code, report } = await checkJson(ws);
    expect(code).toBe(1);
    expect(of(report, 'file-not-pdf')).toEqual([]);
    expect(missing(report, '2')).toEqual([3]);
    expect(of(report, 'file-extension-mismatch').map((d) => [d.file, d.severity])).toEqual([
      ['evidence/002/2-截图.jpg', 'info'],
      ['evidence/002/3-文件.png', 'error'],
    ]);
    expect(of(report, 'image-broken').map((d) => d.file)).toEqual(['evidence/003/1-照片.jpg']);
    expect(of(report, 'image-small')[0]).toMatchObject({ file: 'evidence/003/2-缩略图.jpg', severity: 'warning' });
    expect(of(report, 'image-small')[0]!.message).toBe('图片只有 120×90 像素，打印后难以看清（短边不足 200 像素）');
    const old = of(report, 'evidence-too-old');
    expect(old.map((d) => [d.file, d.line])).toEqual([
      ['evidence/003/3-旧照片.jpg', null],
      ['evidence/003/index.yaml', 11],
    ]);
    expect(of(report, 'confidential-marking').map((d) => d.file)).toEqual(['evidence/003/4-秘密现场.png']);
    // material 1 (cut) missing, 4 is rejected (秘密) and its only good link duplicates 5's; 5 by links alone
    expect(missing(report, '3')).toEqual([1]);
    const bad = of(report, 'link-invalid');
    expect(bad.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([['evidence/003/index.yaml', 23, 14, 'error']]);
    // materials are judged in order: 5's link is the later one, pointing at 4
    expect(of(report, 'link-duplicate').map((d) => [d.line, d.material, d.message])).toEqual([
      [5, 5, `新闻链接 ${site.base}/ok 已在 3/4 列出：同一材料请在 index.yaml 中写 same_as: "3/4"`],
    ]);
    expect(of(report, 'link-dead')).toEqual([]); // offline by default
  });

  it('caches image verdicts like PDF verdicts, and reads a replaced image again', async () => {
    const cache = JSON.parse(fs.readFileSync(path.join(ws, '.ledger-cache', 'inspect.json'), 'utf8')) as {
      entries: Record<string, { image?: { format: string; width: number } }>;
    };
    expect(cache.entries['evidence/002/1-会议照片.jpg']?.image).toMatchObject({ format: 'jpeg', width: 640 });
    expect(cache.entries['evidence/003/1-照片.jpg']?.image).toMatchObject({ broken: { kind: 'truncated' } });
    const other = makeWorkspace();
    writeFile(other, 'evidence/002/1-照片.jpg', image('photo-640x480.jpg'));
    expect((await checkJson(other)).report.diagnostics.filter((d) => d.code === 'image-broken')).toEqual([]);
    writeFile(other, 'evidence/002/1-照片.jpg', cut(image('photo-640x480.jpg'), 0.5));
    const again = await checkJson(other);
    expect(again.report.diagnostics.filter((d) => d.code === 'image-broken').map((d) => d.file)).toEqual(['evidence/002/1-照片.jpg']);
  });

  it('explain shows the links that cover a material', async () => {
    const r = await ledger(['explain', '3', '--workspace', ws]);
    expect(r.stdout).toContain('新闻链接');
    expect(r.stdout).toContain(`我局开展专项检查 ${site.base}/ok`);
  });

  it('--online fetches every link (HEAD, then GET), follows redirects and reports dead ones as warnings', async () => {
    // A timeout long enough for a loaded machine to answer the live links; the hanging one still runs into it.
    const { report } = await checkJson(ws, ['--online', '--online-timeout', '3']);
    const dead = of(report, 'link-dead');
    expect(dead.map((d) => [d.line, d.severity, d.message])).toEqual([
      [12, 'warning', `新闻链接 ${site.base}/gone 无法访问（HTTP 404）`],
      [15, 'warning', `新闻链接 ${site.base}/slow 无法访问（timeout 3 s）`],
    ]);
    // a dead link still counts (a warning): material 5 stays covered
    expect(missing(report, '3')).toEqual([1]);
  });

  it('--online names a refused connection; a bad --online-timeout cannot run', async () => {
    const closed = await newsServer();
    closed.close();
    const port = new URL(closed.base).port;
    const other = makeWorkspace();
    const yaml = `materials:\n  "1":\n    links:\n      - url: http://127.0.0.1:${port}/x\n        title: t\n        date: 2024-01-01\n`;
    writeFile(other, 'evidence/002/index.yaml', yaml);
    const { report } = await checkJson(other, ['--online', '--online-timeout', '2']);
    expect(of(report, 'link-dead').map((d) => d.message)).toEqual([`新闻链接 http://127.0.0.1:${port}/x 无法访问（ECONNREFUSED）`]);
    const r = await ledger(['check', '--workspace', other, '--online', '--online-timeout', 'soon']);
    expect(r.code).toBe(2);
  });
});
