// Every *.pdf file below a folder, sorted: shared by the scripts that run over a folder of PDFs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function listPdfs(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listPdfs(p));
    else if (entry.isFile() && /\.pdf$/i.test(entry.name)) out.push(p);
  }
  return out.sort();
}
