import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The version in the installed package.json (dist/cli/ → the package root). */
export function packageVersion(): string {
  try {
    const file = fileURLToPath(new URL('../../package.json', import.meta.url));
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
