import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeLinks, type Resolve } from '../../../src/check/evidence/probe-links.js';
import { isPrivateAddress } from '../../../src/util/private-address.js';
import { checkJson, makeWorkspace } from '../../helpers/cli.js';
import { writeFile } from '../../helpers/workspace.js';

/*
 * Issue 19: `check --online` followed redirects into loopback and link-local addresses (the CI
 * runner's metadata service at 169.254.169.254) and had no cap per run. A real server on 127.0.0.1.
 */
let base = '';
let server: http.Server;
const seen: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url === '/to-metadata') res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    else if (req.url === '/to-other-loopback') res.writeHead(302, { location: `http://127.0.0.2:${port()}/ok` }).end();
    else if (req.url === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    else if (req.url === '/to-rebinding') res.writeHead(302, { location: `http://rebinding.test:${port()}/secret` }).end();
    else res.writeHead(200).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${port()}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
const port = (): number => (server.address() as AddressInfo).port;
const onlyOurServer = (ip: string): boolean => ip === '127.0.0.1';

describe('isPrivateAddress', () => {
  it('loopback, private, link-local, CGNAT, unspecified, multicast, v6 local and v4 inside v6 are private', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of [
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      '64:ff9b::10.0.0.1',
      'not-an-ip',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(ip), ip).toBe(false);
  });
});

describe('probeLinks', () => {
  it('refuses a private address by default, before connecting', async () => {
    seen.length = 0;
    const r = await probeLinks([`${base}/ok`]);
    expect(r.get(`${base}/ok`)).toEqual({ ok: false, reason: 'refused: private address 127.0.0.1' });
    expect(seen).toEqual([]);
  });

  it('checks every redirect hop: into 169.254.169.254, another loopback address or file: is refused', async () => {
    const urls = [`${base}/to-metadata`, `${base}/to-other-loopback`, `${base}/to-file`, `${base}/ok`];
    const r = await probeLinks(urls, { allowAddress: onlyOurServer, concurrency: 1 });
    expect(r.get(urls[0]!)).toEqual({ ok: false, reason: 'refused: private address 169.254.169.254' });
    expect(r.get(urls[1]!)).toEqual({ ok: false, reason: 'refused: private address 127.0.0.2' });
    expect(r.get(urls[2]!)).toEqual({ ok: false, reason: 'refused: redirect to file:' });
    expect(r.get(urls[3]!)).toEqual({ ok: true });
  });

  it('stops at the run’s cap of requests: the rest are unchecked, not dead', async () => {
    seen.length = 0;
    const urls = [1, 2, 3, 4, 5].map((n) => `${base}/ok?${n}`);
    const r = await probeLinks(urls, { allowAddress: onlyOurServer, maxRequests: 2, concurrency: 1 });
    expect(seen.length).toBe(2);
    expect([...r.values()].filter((p) => p.unchecked).length).toBe(3);
    expect([...r.values()].filter((p) => !p.ok)).toEqual([]);
  });

  it('check --online without --online-allow-private: a link to 127.0.0.1 is reported refused and never fetched', async () => {
    seen.length = 0;
    const ws = makeWorkspace();
    const yaml = `materials:\n  "1":\n    links:\n      - url: ${base}/ok\n        title: t\n        date: 2024-01-01\n`;
    writeFile(ws, 'evidence/002/index.yaml', yaml);
    const { report } = await checkJson(ws, ['--online']);
    expect(report.diagnostics.filter((d) => d.code === 'link-dead').map((d) => d.message)).toEqual([
      `新闻链接 ${base}/ok 无法访问（refused: private address 127.0.0.1）`,
    ]);
    expect(seen).toEqual([]);
  });

  it('DNS rebinding: connects to the address it checked, never to a second answer of the resolver (every hop)', async () => {
    // A resolver that answers with a public address first and 127.0.0.1 after: a real rebinding
    // server. Were the request to resolve again when it connects, it would reach our server.
    const asked: string[] = [];
    const rebinding: Resolve = async (host) => {
      asked.push(host);
      return [{ address: asked.filter((h) => h === host).length === 1 ? '192.0.2.1' : '127.0.0.1', family: 4 }];
    };
    seen.length = 0;
    const url = `http://rebinding.test:${port()}/secret`;
    const r = await probeLinks([url], { resolve: rebinding, concurrency: 1, timeoutMs: 500 });
    // 192.0.2.1 (TEST-NET-1) is public and answers nothing; 127.0.0.1 is never asked.
    expect(r.get(url)!.ok).toBe(false);
    expect(seen).toEqual([]);
    // The same through a redirect: the hop's host is resolved once, checked, and refused.
    const local: Resolve = async (host) => {
      asked.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const allowOnlyFirst = (ip: string): boolean => ip === '127.0.0.1' && asked.length === 1;
    asked.length = 0;
    const hop = `http://news.test:${port()}/to-rebinding`;
    expect((await probeLinks([hop], { resolve: local, allowAddress: allowOnlyFirst, concurrency: 1 })).get(hop)).toEqual({
      ok: false,
      reason: 'refused: private address 127.0.0.1',
    });
    expect(asked).toEqual(['news.test', 'rebinding.test']);
    expect(seen).toEqual(['HEAD /to-rebinding']);
  });

  it('connects to the checked address under the link’s own host name (Host header, and TLS name for https)', async () => {
    seen.length = 0;
    const pinned: Resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    const url = `http://news.example.test:${port()}/ok`;
    expect((await probeLinks([url], { resolve: pinned, allowAddress: onlyOurServer })).get(url)).toEqual({ ok: true });
    expect(seen).toEqual(['HEAD /ok']);
  });
});
