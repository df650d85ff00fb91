import type { LinkProbe } from './link-rules.js';

export interface ProbeOptions {
  /** per request (default 10 s) */
  timeoutMs?: number;
  /** requests in flight at once (default 4: polite to the few news sites most links point to) */
  concurrency?: number;
}

/** The failure of a fetch, in a few words: the network error's code (ENOTFOUND: DNS) or the timeout. */
function failure(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timeout ${timeoutMs / 1000} s`;
  return err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
}

/** One link: HEAD (redirects followed); a server that refuses HEAD gets a GET whose body is not read. */
async function probe(url: string, timeoutMs: number): Promise<LinkProbe> {
  const ask = async (method: 'HEAD' | 'GET'): Promise<number> => {
    const res = await fetch(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'ledger-link-check' },
    });
    await res.body?.cancel().catch(() => undefined);
    return res.status;
  };
  try {
    let status = await ask('HEAD');
    if (status >= 400) status = await ask('GET');
    return status >= 400 ? { ok: false, reason: `HTTP ${status}` } : { ok: true };
  } catch (e) {
    const reason = failure(e, timeoutMs);
    if (reason.startsWith('timeout')) return { ok: false, reason };
    try {
      // Some servers drop HEAD requests outright; GET decides.
      const status = await ask('GET');
      return status >= 400 ? { ok: false, reason: `HTTP ${status}` } : { ok: true };
    } catch (e2) {
      return { ok: false, reason: failure(e2, timeoutMs) };
    }
  }
}

/** Fetch every address, a few at a time. Never throws: a failure is a probe result. */
export async function probeLinks(urls: string[], opts: ProbeOptions = {}): Promise<Map<string, LinkProbe>> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const out = new Map<string, LinkProbe>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      const url = urls[next++]!;
      out.set(url, await probe(url, timeoutMs));
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 4, urls.length) }, worker));
  return out;
}
