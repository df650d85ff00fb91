import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writerFailure } from '../../src/cli/apply-writes.js';
import type { CliContext } from '../../src/cli/context.js';
import { tempName } from '../../src/util/atomic-write.js';

const ws = path.resolve('/srv/台账');
const ctx = { workspace: ws } as CliContext;
const target = path.join(ws, 'evidence/010/1-big.pdf');
const errno = (code: string, fields: Record<string, string>): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: failed`), { code, ...fields });

describe('writerFailure: the file a failed write names', () => {
  it('names the target, not the writer’s temporary file, nor the source of a copy', () => {
    // copyFileSync puts the source in `path` and what it was writing in `dest`.
    const copy = errno('ENOSPC', { path: '/home/user/big.pdf', dest: tempName(target, 'new') });
    expect(writerFailure(ctx, copy, [target]).args).toEqual({ file: 'evidence/010/1-big.pdf', detail: 'ENOSPC' });
    const write = errno('EROFS', { path: tempName(target, 'new') });
    expect(writerFailure(ctx, write, [target]).args).toEqual({ file: 'evidence/010/1-big.pdf', detail: 'EROFS' });
  });

  it('names the path an error gives when it is no target of the plan, and every target when it gives none', () => {
    const other = path.join(ws, 'evidence/011');
    expect(writerFailure(ctx, errno('EACCES', { path: other }), [target]).args.file).toBe('evidence/011');
    expect(writerFailure(ctx, errno('EIO', {}), [target, path.join(ws, 'units.yaml')]).args.file).toBe(
      'evidence/010/1-big.pdf, units.yaml',
    );
  });
});
