import fs from 'node:fs';
import path from 'node:path';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import type { Catalog } from '../model/catalog.js';
import { normalizeIndicatorInput } from '../model/indicator-id.js';
import { circledValue } from '../model/material-numbers.js';
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

/**
 * `9/2`, `009/2`, `9/②` → indicator as typed and material number; `9` alone → material null (all
 * of them, where the command allows it). Null when it is neither.
 */
export function parseMaterialTarget(input: string): { id: string; material: number | null } | null {
  const m = /^\s*([^/\\]+?)\s*(?:[/\\]\s*(\d{1,3}|[①-⑳])\s*)?$/u.exec(input.normalize('NFC'));
  if (!m) return null;
  if (m[2] === undefined) return { id: m[1]!, material: null };
  const material = circledValue(m[2]) ?? Number(m[2]);
  return material >= 1 ? { id: m[1]!, material } : null;
}
