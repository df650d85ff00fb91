import { z } from 'zod';
import { materialRefSchema } from './common.js';

const exceptionSchema = z
  .strictObject({
    not_applicable: z.string().min(1).optional().meta({ description: '不涉及本地区: a short reason.' }),
    secret: z.string().min(1).optional().meta({ description: '涉密材料不上传，实地核验时提供: a note; no file for this material may be in the repository.' }),
    same_as: materialRefSchema
      .optional()
      .meta({ description: 'The same document is filed under another indicator: "<indicator>/<material>".' }),
  })
  .refine((e) => Object.values(e).filter((v) => v !== undefined).length === 1, 'exactly one of not_applicable, secret, same_as')
  .meta({ description: 'At most one exception for a material.' });

export const evidenceIndexSchema = z
  .strictObject({
    materials: z
      .record(z.string().regex(/^[1-9]\d*$/, 'a material number'), exceptionSchema)
      .default({})
      .meta({ description: 'Per material number, its exception.' }),
  })
  .meta({ title: 'evidence/<NNN>/index.yaml', description: 'Per-material exceptions of one indicator\'s evidence folder.' });

export type EvidenceIndex = z.infer<typeof evidenceIndexSchema>;
export type MaterialException = EvidenceIndex['materials'][string];
