import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger, tempDir } from '../helpers/cli.js';
import { hostileNamesWorkspace, PINNED_DATE } from './fixture.js';
import { SOFFICE, soffice } from './office.js';

/** Cell text that starts with = + - @, read back by real office software (export-files.test.ts reads it with exceljs). */
describe.skipIf(!SOFFICE)('with LibreOffice', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await hostileNamesWorkspace();
    expect((await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
  }, 120_000);

  it('cell text that starts like a formula is text: the CSV shows the characters, not a result', () => {
    const out = tempDir();
    soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', path.join(ws, 'exports/2024-06-1+2 法规科-工作台账.xlsx')], out);
    const csv = fs.readFileSync(path.join(out, '2024-06-1+2 法规科-工作台账.csv'), 'utf8');
    expect(csv).toContain('"=HYPERLINK(""http://example.invalid"",""点这里"")"');
    for (const text of ['+86 13800000000', '-王五', '@SUM(1,2)']) expect(csv).toContain(text);
    expect(csv).toContain('责任单位：=1+2 法规科（公章）');
    expect(csv).not.toMatch(/^点这里$|,3,/m);
  }, 120_000);
});
