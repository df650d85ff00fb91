import { describe, expect, it } from 'vitest';
import { placeEvidencePath } from '../../src/model/evidence-tree.js';
import { nameCanCount } from '../../src/model/name-counts.js';

/** What a past trend point counts by name: only names the check could accept (issue 18: 本月进展 counted a 秘密 file, a .docx and an .md). */
describe('nameCanCount', () => {
  const counts = (rel: string) => nameCanCount(placeEvidencePath(rel));

  it('counts a PDF, an image and a 情况说明 named for a material', () => {
    for (const rel of [
      'evidence/047/1-决策.pdf',
      'evidence/047/2-现场.JPG',
      'evidence/047/2-现场.png',
      'evidence/047/3-情况说明.md',
      'evidence/047/1-案例/a.pdf',
    ])
      expect(counts(rel), rel).toBe(true);
  });

  it('does not count a .docx, another .md, a marked name or an unnumbered file', () => {
    for (const rel of [
      'evidence/047/3-会议记录.docx',
      'evidence/047/3-会议记录摘要.md',
      'evidence/047/2-（秘密）决策目录.pdf',
      'evidence/047/2-机密件/a.pdf',
      'evidence/047/决策.pdf',
      'evidence/047/index.yaml',
      'evidence/047/README.md',
    ])
      expect(counts(rel), rel).toBe(false);
  });
});
