import { z } from 'zod';
import { unitIdSchema } from './common.js';

const carriers = {
  lead: z.array(unitIdSchema).default([]).meta({ description: 'The units that lead (牵头) or carry it alone: unit ids.' }),
  cooperate: z
    .array(z.string().min(1))
    .default([])
    .meta({ description: 'Cooperating units (配合): unit ids, or group names from units.yaml (各有关单位).' }),
};

const materialCarriersSchema = z
  .strictObject(carriers)
  .meta({ description: 'Who carries one material, where it differs from the indicator as a whole.' });

const indicatorCarriersSchema = z
  .strictObject({
    ...carriers,
    materials: z
      .record(z.string().regex(/^[1-9][0-9]?$/, 'a material number'), materialCarriersSchema)
      .optional()
      .meta({ description: 'Per material number, where one material is carried by other units than the indicator.' }),
  })
  .meta({ description: 'Who carries one indicator.' });

export const responsibilitiesFileSchema = z
  .strictObject({
    indicators: z
      .record(z.string().min(1), indicatorCarriersSchema)
      .default({})
      .meta({
        description:
          'Per indicator id of the pinned catalog, the units responsible. An indicator not listed is carried by no unit yet (to assign).',
      }),
  })
  .meta({
    title: 'responsibilities.yaml',
    description: 'Who carries which indicator: the organisation\'s own data (the catalog itself is pinned in ledger.yaml, not copied).',
  });

export type ResponsibilitiesFile = z.infer<typeof responsibilitiesFileSchema>;
