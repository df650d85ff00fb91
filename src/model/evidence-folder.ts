import { folderIdFor, indicatorIdFromFolder } from './indicator-id.js';

/**
 * The folder under evidence/ holding an indicator's files, from the names there: the first by
 * name that is the indicator's (`047`, `047-法治宣传`), else its bare id (the folder to create).
 * `owner` is the indicator whose folder it is (merged cells resolved, see evidenceOwner).
 */
export function evidenceFolderOf(names: Iterable<string>, owner: string): string {
  let found: string | undefined;
  for (const n of names) if (indicatorIdFromFolder(n) === owner && (found === undefined || n < found)) found = n;
  return found ?? folderIdFor(owner);
}
