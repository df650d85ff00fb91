import { z } from 'zod';
import { statusSchema, unitIdSchema } from './common.js';

const assignmentSchema = z
  .strictObject({
    status: statusSchema.default('未完成'),
    progress: z
      .string()
      .nullable()
      .default('')
      .transform((s) => s ?? '')
      .meta({ description: '完成进度: 具体完成情况 (when 已完成) or 正在推进情况 (when 未完成).' }),
    contact: z.string().optional().meta({ description: '责任人及联系方式 for this indicator, when it differs from the unit default.' }),
  })
  .meta({ description: 'The unit\'s work on one indicator.' });

export const assignmentsFileSchema = z
  .strictObject({
    unit: unitIdSchema.meta({ description: 'The unit id; must match the file name.' }),
    contact: z.string().nullable().default('').transform((s) => s ?? '').meta({ description: '责任人及联系方式: default for every indicator.' }),
    indicators: z
      .record(z.string(), assignmentSchema.nullable().transform((a) => a ?? { status: '未完成' as const, progress: '' }))
      .default({})
      .meta({ description: 'Keyed by indicator id: every indicator the catalog names this unit (or one of its groups) for.' }),
  })
  .meta({ title: 'assignments/<unit>.yaml', description: 'One unit\'s work ledger (Annex 2).' });

export type AssignmentsFile = z.infer<typeof assignmentsFileSchema>;
