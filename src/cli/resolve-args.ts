import type { Catalog } from '../model/catalog.js';
import { resolveUnit, type UnitIndex } from '../model/units.js';
import { didYouMean } from '../util/did-you-mean.js';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';

/** Resolve a unit the user typed (id, name or alias) or refuse to run, suggesting a close one. */
export function requireUnit(units: UnitIndex, input: string): string {
  const id = resolveUnit(units, input);
  if (id) return id;
  const names = units.units.flatMap((u) => [u.id, u.name]);
  throw new CannotRunError('unknown-unit', { unit: input, hint: didYouMean(input, names) ?? '' });
}

/** Accept `9`, `009` or `b1` for an indicator id, or refuse to run. */
export function requireIndicator(catalog: Catalog, input: string): string {
  const id = /^\d+$/.test(input) ? String(Number(input)) : input.toUpperCase();
  if (catalog.byId.has(id)) return id;
  throw new CannotRunError('unknown-indicator', { id: input });
}
