import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { tempDir } from '../helpers/cli.js';
import { ACTIVE_ANNOTATIONS, SAFE_LINKS, pdfWithAnnotations } from '../pdf/shapes.js';
import { plannedIndicator, writePlanned } from './fixture.js';
import { HAVE } from './tools.js';

/** Names of actions and annotation types a submission must not carry. */
const FORBIDDEN =
  /\/(JavaScript|JS|Launch|SubmitForm|ImportData|GoToR|Rendition|FileAttachment|EmbeddedFile|AA)\b|javascript:|cmd\.exe|setup\.exe/;

describe('a bundle carries no active content', () => {
  const dir = tempDir('active-');
  const source = path.join(dir, '1-带脚本.pdf');
  const dangerous = Object.values(ACTIVE_ANNOTATIONS).map(([a]) => a);
  fs.writeFileSync(source, pdfWithAnnotations([...SAFE_LINKS, ...dangerous], { pageScript: true }));
  const out = path.join(dir, 'bundle.pdf');
  const file = { rel: 'evidence/009/1-带脚本.pdf', abs: source, name: '1-带脚本.pdf', kind: 'pdf' as const, pages: 1 };
  writePlanned(plannedIndicator([file]), out);

  it('drops every action but internal links and https links, and every attachment', async () => {
    const bytes = fs.readFileSync(out, 'latin1');
    expect(bytes).not.toMatch(FORBIDDEN);
    expect((await inspectPdf(out)).activeContent).toBeUndefined();
  });

  it.skipIf(!HAVE.qpdf)(
    `qpdf --json of the bundle: the safe links stay, the widget stays without its script${HAVE.qpdf ? '' : ' (qpdf absent: skipped)'}`,
    () => {
      const safeSource = path.join(dir, '1-无脚本.pdf');
      fs.writeFileSync(safeSource, pdfWithAnnotations(SAFE_LINKS));
      const safeOut = path.join(dir, 'safe-bundle.pdf');
      writePlanned(plannedIndicator([{ ...file, abs: safeSource, rel: 'evidence/009/1-无脚本.pdf', name: '1-无脚本.pdf' }]), safeOut);
      const objects = (f: string): string => {
        const r = spawnSync('qpdf', ['--json', '--json-key=qpdf', '--json-stream-data=none', f], { encoding: 'utf8', maxBuffer: 64 << 20 });
        expect(r.status, r.stderr).toBe(0);
        return JSON.stringify((JSON.parse(r.stdout) as { qpdf: unknown[] }).qpdf);
      };
      const annotations = (json: string): string[] =>
        [...json.matchAll(/"\/Subtype":"\/(Link|Widget|FileAttachment)"/g)].map((m) => m[1]!).sort();
      const withScripts = objects(out);
      expect(withScripts).not.toMatch(FORBIDDEN);
      expect(withScripts).toContain('https://www.gov.cn/');
      expect(annotations(withScripts)).toEqual([...annotations(objects(safeOut)), 'Widget'].sort());
    },
  );
});
