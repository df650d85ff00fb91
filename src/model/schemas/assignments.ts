import { z } from 'zod';
import { statusSchema, unitIdSchema } from './common.js';

export const assignmentEntrySchema = z
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
      .record(z.string(), assignmentEntrySchema.nullable().transform((a) => a ?? { status: '未完成' as const, progress: '' }))
      .default({})
      .meta({ description: 'Keyed by indicator id: every indicator the catalog names this unit (or one of its groups) for.' }),
  })
  .meta({ title: 'assignments/<unit>.yaml', description: 'One unit\'s work ledger (Annex 2).' });

export type AssignmentsFile = z.infer<typeof assignmentsFileSchema>;

/**
 * What can still be used of an assignments file that does not match its schema: its unit and the
 * entries that are valid on their own, so one bad entry does not hide every other finding of the
 * file; an invalid entry is kept as 未完成. Null when even the unit cannot be read.
 */
export function salvageAssignments(data: unknown): AssignmentsFile | null {
  if (!data || typeof data !== 'object') return null;
  const raw = data as Record<string, unknown>;
  const unit = unitIdSchema.safeParse(raw.unit);
  if (!unit.success) return null;
  const indicators: AssignmentsFile['indicators'] = {};
  if (raw.indicators && typeof raw.indicators === 'object') {
    for (const [id, entry] of Object.entries(raw.indicators as Record<string, unknown>)) {
      // An invalid entry stays listed (it is not missing), as 未完成: it claims nothing.
      const ok = assignmentEntrySchema.nullable().safeParse(entry);
      indicators[id] = (ok.success ? ok.data : null) ?? { status: '未完成', progress: '' };
    }
  }
  return { unit: unit.data, contact: typeof raw.contact === 'string' ? raw.contact : '', indicators };
}
