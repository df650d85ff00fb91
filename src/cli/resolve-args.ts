import fs from 'node:fs';
import path from 'node:path';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import type { Catalog } from '../model/catalog.js';
import { normalizeIndicatorInput } from '../model/indicator-id.js';
import { resolveUnit, type UnitIndex } from '../model/units.js';
import { didYouMean } from '../util/did-you-mean.js';

/**
 * The workspace folder: `--workspace` when given, else the nearest folder upward from `cwd` that
 * holds ledger.yaml (as git finds its repository), else `cwd` itself (commands then say it is not
 * a workspace).
 */
export function findWorkspace(cwd: string, flag: string | undefined): string {
  if (flag !== undefined) return path.resolve(cwd, flag);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'ledger.yaml'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

/** Resolve a unit the user typed (id, name or alias) or refuse to run, suggesting a close one. */
export function requireUnit(units: UnitIndex, input: string): string {
  const id = resolveUnit(units, input);
  if (id) return id;
  const names = units.units.flatMap((u) => [u.id, u.name]);
  throw new CannotRunError('error.unknown-unit', { unit: input, hint: didYouMean(input, names) ?? '' });
}

/** Accept `9`, `009` or `b1` for an indicator id, or refuse to run. */
export function requireIndicator(catalog: Catalog, input: string): string {
  const id = normalizeIndicatorInput(input);
  if (id !== null && catalog.byId.has(id)) return id;
  throw new CannotRunError('error.unknown-indicator', {
    id: input,
    hint:
      didYouMean(
        input,
        catalog.entries.map((e) => e.id),
      ) ?? '',
  });
}
