import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatusReport } from '../../src/check/status/report.js';
import { checkJson, ledger, REPO, tempDir } from '../helpers/cli.js';
import { edit } from '../helpers/workspace.js';

/** The example workspace, with indicator 15 (the catalog names 办公室 its lead) gone from 办公室's file. */
function exampleWithoutOneIndicator(): string {
  const ws = path.join(tempDir('ledger-unit-agrees-'), 'ws');
  fs.cpSync(path.join(REPO, 'examples', 'workspace'), ws, { recursive: true });
  edit(ws, 'assignments/bangongshi.yaml', /  # [^\n]*\n  "15":\n    status: [^\n]*\n    progress: [^\n]*\n/, '');
  return ws;
}

describe('check --unit and the unit’s row agree', () => {
  it('lists exactly the errors the unit’s row counts in check and in status, with a catalog-named indicator missing from its file', async () => {
    const ws = exampleWithoutOneIndicator();
    const { report } = await checkJson(ws, ['--unit', 'bangongshi']);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    // The unit is told what is missing from its file …
    expect(errors.some((d) => d.code === 'assignment-missing-indicator' && d.indicator === '15' && d.unit === 'bangongshi')).toBe(true);
    // … and the count matches its row: in check's own summary, in the whole-bureau check, in status.
    expect(errors.length).toBe(report.summary.units['bangongshi']!.errors);
    const all = (await checkJson(ws)).report;
    expect(errors.length).toBe(all.summary.units['bangongshi']!.errors);
    const status = JSON.parse((await ledger(['status', '--workspace', ws, '--format', 'json'])).stdout) as StatusReport;
    expect(errors.length).toBe(status.units.find((u) => u.id === 'bangongshi')!.errors);
  });
});
