import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BundleInput } from '../bundle/index.js';
import { summarize } from '../check/summarize.js';
import type { Code } from '../diagnostics/codes.js';
import { renderDiagnostic } from '../i18n/diagnostic-messages.js';
import type { IndicatorCoverage } from '../model/coverage.js';
import type { Workspace } from '../model/workspace.js';

/**
 * `pack --with-bundles`: the submission PDF of every indicator that has evidence, built as `ledger
 * bundle` builds it (ruled-out files replaced by a page saying why), dated the packet's day so the
 * same workspace gives the same bytes. Built in a temporary folder, read back, removed.
 */
export async function bundleEntries(
  ws: Workspace,
  coverage: Map<string, IndicatorCoverage>,
  day: string,
  commit: BundleInput['commit'],
): Promise<Map<string, Buffer>> {
  const ids = [...coverage.values()]
    .filter((c) => c.owner === c.id && c.materials.some((m) => m.files.length > 0 || m.rejected.length > 0))
    .map((c) => c.id);
  const out = new Map<string, Buffer>();
  if (!ids.length) return out;
  const { buildBundles } = await import('../bundle/index.js');
  const input: BundleInput = {
    workspace: ws,
    coverage,
    reason: (r) => renderDiagnostic({ code: r.code as Code, args: r.args }, 'zh'),
    counts: (list) => summarize(ws, coverage, [], new Set(list)).materials,
    commit,
    built: new Date(`${day}T00:00:00Z`),
    ...(ws.config.bundle?.font ? { fontFile: path.resolve(ws.root, ws.config.bundle.font) } : {}),
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-pack-bundles-'));
  try {
    const outcome = buildBundles(input, { kind: 'indicators', ids }, { outDir: dir, force: true, producer: 'ledger' });
    if ('refused' in outcome) return out;
    for (const w of outcome.written)
      for (const file of [w.file, w.manifest]) out.set(`bundles/${path.basename(file)}`, fs.readFileSync(file));
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
