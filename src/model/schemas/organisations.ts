import { z } from 'zod';
import { ownerHandleSchema } from './owner-handle.js';

/**
 * `organisations.yaml` of a submission repository (`ledger init --rollup`): the organisations that
 * hand in packets, each with its folder under reports/ and who may change it (CODEOWNERS).
 */
export const organisationsFileSchema = z
  .object({
    organisations: z
      .array(
        z.strictObject({
          id: z
            .string()
            .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens (it names the folder reports/<id>/)')
            .meta({ description: 'The folder reports/<id>/ its packets go to.' }),
          name: z.string().min(1).meta({ description: 'The organisation as its ledger.yaml `organization` names it.' }),
          owners: z.array(ownerHandleSchema).default([]).meta({ description: 'Who may change reports/<id>/ (CODEOWNERS).' }),
        }),
      )
      .default([]),
  })
  .meta({ title: 'organisations.yaml', description: 'The organisations that hand in report packets to this repository.' });

export type OrganisationsFile = z.infer<typeof organisationsFileSchema>;
