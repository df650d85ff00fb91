import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress } from '../../util/private-address.js';
import type { LinkProbe } from './link-rules.js';

export interface ProbeOptions {
  /** per request (default 10 s) */
  timeoutMs?: number;
  /** requests in flight at once (default 4: polite to the few news sites most links point to) */
  concurrency?: number;
  /**
   * Whether a link (or a redirect) may lead to this address. Default: no loopback, private or
   * link-local address — links come from pull requests, and the CI runner's metadata service
   * (169.254.169.254) or a service on 127.0.0.1 is not theirs to reach. `--online-allow-private` allows all.
   */
  allowAddress?: (ip: string) => boolean;
  /** requests in one run, redirects and HEAD-then-GET included (default 1,000) */
  maxRequests?: number;
  /** time for all links together (default 300 s); links not reached by then are left unchecked */
  maxTotalMs?: number;
  /** a host's addresses (default: the system resolver, every address); tests give their own */
  resolve?: Resolve;
}

/** Every address a host name resolves to. */
export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

const systemResolve: Resolve = (host) => dns.lookup(host, { all: true, verbatim: true });

/** The most redirects followed for one link (browsers stop at 20; news sites use one or two). */
const MAX_REDIRECTS = 5;

/** Why a probe stopped without an answer of the server's. */
class Refused extends Error {}
class OverBudget extends Error {}

/** The failure of a fetch, in a few words: the network error's code (ENOTFOUND: DNS) or the timeout. */
function failure(e: unknown, timeoutMs: number): string {
  if (e instanceof Refused) return e.message;
  const err = e as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timeout ${timeoutMs / 1000} s`;
  return (e as { code?: string }).code ?? err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
}

interface Budget {
  requestsLeft: number;
  deadline: number;
}

/**
 * Resolve a hop's host once and check every address it gives (a name may point at 127.0.0.1 too);
 * the request then connects to the address checked here, never to a second answer of the resolver
 * (DNS rebinding: public when checked, 127.0.0.1 when connected).
 */
async function checkedAddress(url: URL, allow: (ip: string) => boolean, resolve: Resolve): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = await resolve(host);
  const refused = addresses.find((a) => !allow(a.address));
  if (refused) throw new Refused(`refused: private address ${refused.address}`);
  if (!addresses[0]) throw new Refused('ENOTFOUND');
  return addresses[0];
}

/** One request to `at`, connected to `pinned` whatever the resolver says now; the body is not read. */
function request(
  at: URL,
  method: 'HEAD' | 'GET',
  pinned: { address: string; family: number },
  signal: AbortSignal,
): Promise<{ status: number; location: string | undefined }> {
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = at.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(at, { method, signal, lookup, headers: { 'user-agent': 'ledger-link-check' } }, (res) => {
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * One link: HEAD, redirects followed by hand (each hop's host resolved, checked and connected to as
 * checked); a server that refuses HEAD gets a GET whose body is not read.
 */
async function probe(url: string, timeoutMs: number, allow: (ip: string) => boolean, resolve: Resolve, budget: Budget): Promise<LinkProbe> {
  const ask = async (method: 'HEAD' | 'GET'): Promise<number> => {
    let at = new URL(url);
    for (let hop = 0; ; hop++) {
      if (budget.requestsLeft <= 0 || Date.now() > budget.deadline) throw new OverBudget();
      budget.requestsLeft--;
      const pinned = await checkedAddress(at, allow, resolve);
      const signal = AbortSignal.timeout(Math.max(1, Math.min(timeoutMs, budget.deadline - Date.now())));
      const res = await request(at, method, pinned, signal);
      if (res.status < 300 || res.status >= 400 || !res.location) return res.status;
      if (hop === MAX_REDIRECTS) throw new Refused(`more than ${MAX_REDIRECTS} redirects`);
      at = new URL(res.location, at);
      if (at.protocol !== 'http:' && at.protocol !== 'https:') throw new Refused(`refused: redirect to ${at.protocol}`);
    }
  };
  try {
    let status = await ask('HEAD');
    if (status >= 400) status = await ask('GET');
    return status >= 400 ? { ok: false, reason: `HTTP ${status}` } : { ok: true };
  } catch (e) {
    if (e instanceof OverBudget) return { ok: true, unchecked: true };
    const reason = failure(e, timeoutMs);
    if (reason.startsWith('timeout') || e instanceof Refused) return { ok: false, reason };
    try {
      // Some servers drop HEAD requests outright; GET decides.
      const status = await ask('GET');
      return status >= 400 ? { ok: false, reason: `HTTP ${status}` } : { ok: true };
    } catch (e2) {
      if (e2 instanceof OverBudget) return { ok: true, unchecked: true };
      return { ok: false, reason: failure(e2, timeoutMs) };
    }
  }
}

/**
 * Fetch every address, a few at a time, within the run's budget of requests and time (links past it
 * are `unchecked`). Never throws: a failure is a probe result.
 */
export async function probeLinks(urls: string[], opts: ProbeOptions = {}): Promise<Map<string, LinkProbe>> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const allow = opts.allowAddress ?? ((ip: string) => !isPrivateAddress(ip));
  const resolve = opts.resolve ?? systemResolve;
  const budget: Budget = { requestsLeft: opts.maxRequests ?? 1000, deadline: Date.now() + (opts.maxTotalMs ?? 300_000) };
  const out = new Map<string, LinkProbe>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      const url = urls[next++]!;
      out.set(url, await probe(url, timeoutMs, allow, resolve, budget));
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 4, urls.length) }, worker));
  return out;
}
