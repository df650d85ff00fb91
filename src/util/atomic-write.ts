import fs from 'node:fs';
import path from 'node:path';

/** Write a file via a temp file in the same folder and a rename, so readers never see half a file. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Write only if the file does not exist yet; returns false when it was left alone. */
export function writeFileIfAbsent(file: string, data: string | Uint8Array): boolean {
  return placeIfAbsent(file, (tmp) => fs.writeFileSync(tmp, data));
}

/** Copy a file only if the target does not exist yet (never overwrites); returns false when it was left alone. */
export function copyFileIfAbsent(source: string, file: string): boolean {
  return placeIfAbsent(file, (tmp) => fs.copyFileSync(source, tmp));
}

/** Fill a temporary file beside `file`, then link it into place: link() fails if the target appeared meanwhile. */
function placeIfAbsent(file: string, fill: (tmp: string) => void): boolean {
  if (fs.existsSync(file)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fill(tmp);
    fs.linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
