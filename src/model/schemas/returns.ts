import { z } from 'zod';
import { isoDate, unitIdSchema } from './common.js';

/** How many fields one return changed, by kind (a ledger that came back unchanged counts all zero). */
const changeCountsSchema = z
  .strictObject({
    status: z.number().int().nonnegative().default(0).meta({ description: '完成进度 (status) values changed.' }),
    progress: z.number().int().nonnegative().default(0).meta({ description: '具体完成情况 (progress texts) changed.' }),
    contact: z.number().int().nonnegative().default(0).meta({ description: '责任人及联系方式 changed.' }),
  })
  .meta({ description: 'What the returned ledger changed in the assignments file.' });

const returnedFileSchema = z.strictObject({
  name: z.string().min(1).meta({ description: 'The workbook file name as it was imported.' }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits')
    .meta({ description: 'SHA-256 of the workbook, so the same file is not counted twice.' }),
});

const returnSchema = z
  .strictObject({
    unit: unitIdSchema,
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
      .meta({ description: '报送月份 of the ledger, YYYY-MM (due on monthly_due_day of that month).' }),
    date: isoDate.meta({ description: 'The day `ledger import` read it back.' }),
    files: z.array(returnedFileSchema).min(1),
    changes: changeCountsSchema.prefault({}),
  })
  .meta({ description: 'One monthly ledger that came back from a unit.' });

/** `returns.yaml`: written by `ledger import`, read by `status`, `remind` and `notice`. */
export const returnsFileSchema = z
  .strictObject({
    returns: z
      .array(returnSchema)
      .nullable()
      .default([])
      .transform((v) => v ?? [])
      .meta({ description: '台账回收记录, oldest first: one entry per unit and month per import.' }),
  })
  .meta({ description: 'returns.yaml: which unit returned which month’s ledger, when, and what it changed.' });

export type ReturnsFile = z.infer<typeof returnsFileSchema>;
export type LedgerReturn = ReturnsFile['returns'][number];
