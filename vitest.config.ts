import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The offline-kit test (build the kit, install and run it in a network namespace) costs about a
    // minute: .ci/run runs it as its own step (npm run test:kit), outside the 4-minute suite.
    exclude: process.env.LEDGER_TEST_KIT ? [] : ['test/kit/**'],
    globalSetup: ['test/global-setup.ts'],
    // Before each test file: its temporary folders are removed when it is done.
    setupFiles: ['test/file-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share their worker's modules instead of loading the CLI (exceljs, pdf-lib, pdf.js…)
    // again for each of ~120 files: about half a CPU-second a file, a fifth of the suite's time.
    // Safe because src/ keeps no state between calls that a test could see (caches only), spies are
    // restored, and the one test that watches modules load resets them first (regex-backtracking).
    isolate: false,
    // Vitest 4 keeps one core free by default: on the 2-core CI machine that is one worker and
    // twice the wall time. The tests wait on git, LibreOffice and Chromium much of the time.
    maxWorkers: Math.max(2, os.availableParallelism()),
  },
});
