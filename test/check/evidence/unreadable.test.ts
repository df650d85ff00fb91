import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { headOf } from '../../../src/check/evidence/inspect-evidence.js';
import { diag } from '../../../src/diagnostics/diagnostic.js';
import { renderDiagnostic } from '../../../src/i18n/diagnostic-messages.js';

/*
 * Issue 23: a file that cannot be opened is said to be unreadable, and why. The error is injected
 * where the inspection step opens the file (as root, chmod 000 stops nothing; EIO cannot be made).
 */
describe('an evidence file that cannot be opened', () => {
  const cases = [
    ['EACCES', '没有读取权限，EACCES', 'no permission to read it, EACCES'],
    ['EPERM', '操作系统不允许读取，EPERM', 'the operating system does not allow reading it, EPERM'],
    ['EIO', '磁盘读取出错，介质可能已损坏，EIO', 'a disk read error; the medium may be damaged, EIO'],
  ] as const;
  for (const [code, zh, en] of cases) {
    it(`${code}: the first-bytes read returns the code, and the finding names the reason`, () => {
      const spy = vi.spyOn(fs, 'openSync').mockImplementation(() => {
        throw Object.assign(new Error(code), { code });
      });
      let got: Uint8Array | string;
      try {
        got = headOf('/any/file.pdf');
      } finally {
        spy.mockRestore();
      }
      expect(got).toBe(code);
      const d = diag('file-unreadable', { detail: String(got) }, { file: 'evidence/009/1-a.pdf' });
      expect(renderDiagnostic(d, 'zh')).toBe(`无法读取文件（${zh}）`);
      expect(renderDiagnostic(d, 'en')).toBe(`Cannot read the file (${en})`);
    });
  }

  it('an unknown code is shown as it is', () => {
    expect(renderDiagnostic(diag('file-unreadable', { detail: 'EXDEV' }), 'zh')).toBe('无法读取文件（EXDEV）');
  });
});
