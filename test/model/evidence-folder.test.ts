import { describe, expect, it } from 'vitest';
import { evidenceFolderOf } from '../../src/model/evidence-folder.js';

describe('evidenceFolderOf', () => {
  it('is the folder on disk that is the indicator’s, first by name, labelled or not', () => {
    expect(evidenceFolderOf(['047-法治宣传', '046', '047-b'], '47')).toBe('047-b');
    expect(evidenceFolderOf(['0470', '47', '048'], '47')).toBe('047');
    expect(evidenceFolderOf(['B1-表彰', 'B2'], 'B1')).toBe('B1-表彰');
  });

  it('is the bare id when there is none yet (the folder to create)', () => {
    expect(evidenceFolderOf([], '9')).toBe('009');
    expect(evidenceFolderOf(['010'], '9')).toBe('009');
  });
});
