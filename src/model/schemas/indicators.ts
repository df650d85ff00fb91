import { z } from 'zod';
import { indicatorIdSchema, METHODS, unitIdSchema } from './common.js';

const indicatorSchema = z
  .strictObject({
    id: indicatorIdSchema,
    text: z.string().min(1).meta({ description: '三级指标: the indicator text as printed.' }),
    methods: z.array(z.enum(METHODS)).meta({ description: '测评方式: evaluation methods.' }),
    materials: z
      .array(z.string().min(1))
      .meta({ description: '报送材料: the numbered materials in order (entry n is material n; one unnumbered item is material 1).' }),
    materialsFrom: indicatorIdSchema
      .optional()
      .meta({ description: 'The materials cell is merged with this indicator\'s: its evidence is filed there once.' }),
    leadDepartments: z.array(z.string().min(1)).meta({ description: '牵头单位: the city lead departments.' }),
    responsible: z
      .strictObject({
        lead: z.array(unitIdSchema).meta({ description: 'Units named as lead (牵头) or named alone.' }),
        cooperate: z.array(z.string().min(1)).meta({ description: 'Cooperating units (配合): unit ids or group names.' }),
      })
      .optional()
      .meta({
        description:
          '责任单位 resolved to unit ids and groups: only in a workspace of an earlier release (today in responsibilities.yaml; `ledger upgrade`).',
      }),
    responsibleRaw: z.string().meta({ description: '责任单位 as printed in the table.' }),
  })
  .meta({ description: 'One indicator (三级指标).' });

export const indicatorsFileSchema = z
  .strictObject({
    area: z.string().min(1).meta({ description: '一级指标, e.g. 一、政府职能依法全面履行.' }),
    groups: z
      .array(
        z.strictObject({
          name: z.string().min(1).meta({ description: '二级指标, e.g. 1. 加大简政放权力度.' }),
          indicators: z.array(indicatorSchema),
        }),
      )
      .min(1),
  })
  .meta({ title: 'indicators/*.yaml', description: 'One area (一级指标) of the indicator catalog (Annex 1).' });

export type IndicatorRecord = z.infer<typeof indicatorSchema>;
