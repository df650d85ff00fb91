// `npm run pack-kit`: the offline install kit, one file `fazhi-ledger-<version>.tgz`.
//
// Inside (npm's `package/` folder): the whole program bundled by esbuild into dist/cli/ledger.mjs
// (and the PDF inspection worker beside it), the runtime assets the commands read (indicators/,
// profiles/, schemas/), and the one CJK font `bundle` typesets with, as the bundled dependency
// @embedpdf/fonts-sc (Regular only). No other dependency: `npm install -g ./fazhi-ledger-<v>.tgz
// --offline` needs no registry, and after `tar -xzf` the kit runs as `node package/ledger.mjs check`.
// The module layout (dist/cli/ under the package root) keeps every path the code computes from
// import.meta.url valid, so the bundle needs no special case in the sources.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const FONT_PACKAGE = '@embedpdf/fonts-sc';
const FONT_FILE = 'NotoSansHans-Regular.otf';

const outDir = path.resolve(process.argv[2] ?? ROOT);
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-kit-'));
try {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  // CommonJS dependencies (exceljs, pngjs, commander) call require(): give the ES module one.
  const banner = "import { createRequire as __ledgerRequire } from 'node:module'; const require = __ledgerRequire(import.meta.url);";
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: banner },
    logLevel: 'warning',
    legalComments: 'none',
  };
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'dist/cli/main.js')],
    outfile: path.join(stage, 'dist/cli/ledger.mjs'),
    external: [FONT_PACKAGE],
  });
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'dist/pdf/inspect/inspect-worker.js')],
    outfile: path.join(stage, 'dist/cli/inspect-worker.js'),
  });
  fs.writeFileSync(
    path.join(stage, 'ledger.mjs'),
    "#!/usr/bin/env node\nimport { main } from './dist/cli/ledger.mjs';\nmain(process.argv).then((code) => {\n  process.exitCode = code;\n});\n",
    { mode: 0o755 },
  );
  for (const dir of ['indicators', 'profiles', 'schemas']) fs.cpSync(path.join(ROOT, dir), path.join(stage, dir), { recursive: true });
  for (const f of ['README.md']) if (fs.existsSync(path.join(ROOT, f))) fs.copyFileSync(path.join(ROOT, f), path.join(stage, f));

  // The font package as npm installed it, one weight only (the others are never used: 33 MB saved).
  const fontSrc = path.join(ROOT, 'node_modules', ...FONT_PACKAGE.split('/'));
  const fontDst = path.join(stage, 'node_modules', ...FONT_PACKAGE.split('/'));
  const fontPkg = JSON.parse(fs.readFileSync(path.join(fontSrc, 'package.json'), 'utf8'));
  fs.mkdirSync(path.join(fontDst, 'fonts'), { recursive: true });
  for (const f of ['package.json', 'LICENSE', 'dist'])
    if (fs.existsSync(path.join(fontSrc, f))) fs.cpSync(path.join(fontSrc, f), path.join(fontDst, f), { recursive: true });
  fs.copyFileSync(path.join(fontSrc, 'fonts', FONT_FILE), path.join(fontDst, 'fonts', FONT_FILE));

  const kitPkg = {
    name: pkg.name,
    version: pkg.version,
    description: `${pkg.description} (offline kit)`,
    type: 'module',
    bin: { ledger: 'ledger.mjs' },
    engines: pkg.engines,
    license: pkg.license,
    dependencies: { [FONT_PACKAGE]: fontPkg.version },
    bundleDependencies: [FONT_PACKAGE],
  };
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(kitPkg, null, 2)}\n`);

  fs.mkdirSync(outDir, { recursive: true });
  const name = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', outDir], { cwd: stage, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  const file = path.join(outDir, name);
  const bytes = fs.readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  process.stdout.write(`${JSON.stringify({ file, version: pkg.version, bytes: bytes.length, sha256 })}\n`);
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
