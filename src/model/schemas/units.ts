import { z } from 'zod';
import { unitIdSchema } from './common.js';
import { ownerHandleSchema } from './owner-handle.js';

const unitSchema = z
  .strictObject({
    id: unitIdSchema,
    name: z.string().min(1).meta({ description: 'The unit\'s name as it should be printed, e.g. 法规科.' }),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: 'Other spellings the indicator table uses for this unit (人事科 for 人事教育科).' }),
    kind: z.string().optional().meta({ description: 'Free text: 科室, 分局, 支队, …' }),
    email: z
      .email()
      .optional()
      .meta({ description: 'The address `ledger remind --send email` writes to (the unit\'s contact for the ledger).' }),
    enforcement: z.boolean().default(false).meta({ description: 'Whether the unit is an administrative law-enforcement unit.' }),
    owners: z
      .array(ownerHandleSchema)
      .optional()
      .meta({
        description:
          'The git handles of the unit\'s members (@user, @org/team or e-mail): `ledger codeowners` makes them the reviewers of its evidence and ledger.',
      }),
  })
  .meta({ description: 'One unit of the bureau.' });

export const unitsFileSchema = z
  .strictObject({
    units: z.array(unitSchema).meta({ description: 'The bureau\'s units.' }),
    groups: z
      .record(z.string().min(1), z.array(unitIdSchema))
      .default({})
      .meta({ description: 'Named groups the table uses (各有关单位, 各有关科室, 各行政执法单位, 各执法单位) → member unit ids.' }),
  })
  .meta({ title: 'units.yaml', description: 'The bureau\'s units and the groups the indicator table names.' });

export type UnitsFile = z.infer<typeof unitsFileSchema>;
export type Unit = UnitsFile['units'][number];
