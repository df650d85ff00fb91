import type { z } from 'zod';
import { assignmentsFileSchema } from './assignments.js';
import { evidenceIndexSchema } from './evidence-index.js';
import { indicatorsFileSchema } from './indicators.js';
import { ledgerConfigSchema } from './ledger-config.js';
import { problemsFileSchema } from './problems.js';
import { returnsFileSchema } from './returns.js';
import { unitsFileSchema } from './units.js';
import { responsibilitiesFileSchema } from './responsibilities.js';
import { catalogNotesFileSchema } from './catalog-notes.js';

export { assignmentsFileSchema, evidenceIndexSchema, indicatorsFileSchema, ledgerConfigSchema, problemsFileSchema, returnsFileSchema, unitsFileSchema };

/** The schema files written to `schemas/`, by name. */
export const SCHEMA_FILES: Record<string, z.ZodType> = {
  'ledger.schema.json': ledgerConfigSchema,
  'units.schema.json': unitsFileSchema,
  'indicators.schema.json': indicatorsFileSchema,
  'assignments.schema.json': assignmentsFileSchema,
  'evidence-index.schema.json': evidenceIndexSchema,
  'problems.schema.json': problemsFileSchema,
  'responsibilities.schema.json': responsibilitiesFileSchema,
  'catalog-notes.schema.json': catalogNotesFileSchema,
  'returns.schema.json': returnsFileSchema,
};
