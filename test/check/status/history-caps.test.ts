import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../../src/check/status/read-history.js';
import { readGitLog } from '../../../src/load/git-history.js';
import { MAX_YAML_BYTES } from '../../../src/util/read-safely.js';
import { makeWorkspace } from '../../helpers/cli.js';
import { commitAll, git } from '../../helpers/history.js';
import { edit } from '../../helpers/workspace.js';

/*
 * Issue 19: `status` read old commits' YAML from git with no size cap (one old commit with a
 * 1,000,000-key assignments file: 84 s, 3.5 GB). The working tree's cap holds for history too.
 */
describe('history is read under the working tree’s caps', () => {
  it('an old assignments file over the YAML cap is not read: that commit knows no ledger of the unit', async () => {
    const ws = makeWorkspace();
    git(ws, ['init', '-q', '-b', 'main']);
    commitAll(ws, '2026-03-01', 'scaffold');
    const file = path.join(ws, 'assignments/fagui.yaml');
    const original = fs.readFileSync(file, 'utf8');
    // Valid YAML claiming 30 已完成, padded past the cap with a comment (cheap to parse if it were read).
    edit(ws, 'assignments/fagui.yaml', /("?30"?:\s*\n\s*status:\s*)未完成/, '$1已完成');
    fs.appendFileSync(file, `# ${'x'.repeat(MAX_YAML_BYTES)}\n`);
    commitAll(ws, '2026-05-02');
    fs.writeFileSync(file, original.replace(/("?30"?:\s*\n\s*status:\s*)未完成/, '$1已完成'));
    commitAll(ws, '2026-08-01');
    const log = await readGitLog(ws);
    if (!log.ok) throw new Error(log.detail);
    const history = await readHistory(ws, log, ['2026-06-04', '2026-09-04'], false);
    const [june, september] = history.points;
    expect(june!.facts.ledgers.fagui).toBeUndefined();
    expect(september!.facts.ledgers.fagui?.['30']).toBe('已完成');
  });
});
