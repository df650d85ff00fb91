import { z } from 'zod';
import { isoDate } from './common.js';
import { ownerHandleSchema } from './owner-handle.js';

const stageSchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'Stage name as in the work plan, e.g. 全面自查阶段.' }),
    start: isoDate.optional().meta({ description: 'First day of the stage, when the plan gives one.' }),
    due: isoDate.meta({ description: 'Last day of the stage (the plan\'s 前 / 底前 date).' }),
  })
  .meta({ description: 'One of the seven stages of the creation cycle (三、具体步骤).' });

export const ledgerConfigSchema = z
  .strictObject({
    organization: z.string().min(1).meta({ description: 'The bureau, as printed on the ledger title, e.g. 许昌市市场监督管理局.' }),
    cycle: z
      .strictObject({
        start: isoDate.meta({ description: 'First day of the two-year creation cycle.' }),
        end: isoDate.meta({ description: 'Last day of the creation cycle.' }),
      })
      .meta({ description: 'The creation cycle (示范创建每两年为一个创建周期).' }),
    evidence_since: isoDate
      .default('2019-01-01')
      .meta({ description: 'Evidence dated before this day draws a warning (报送材料以2019年以来为主).' }),
    monthly_due_day: z
      .number()
      .int()
      .min(1)
      .max(28)
      .default(4)
      .meta({ description: 'Day of the month by which units hand in their ledger (每月4日前).' }),
    stages: z.array(stageSchema).min(1).meta({ description: 'The stages of the cycle, in order.' }),
    rules: z
      .strictObject({
        max_pdf_mb: z.number().positive().default(100).meta({ description: 'Largest evidence PDF allowed, in megabytes (MiB).' }),
        statement_max_chars: z
          .number()
          .int()
          .positive()
          .default(600)
          .meta({ description: 'Character limit of a 情况说明 (一般600字).' }),
      })
      .prefault({})
      .meta({ description: 'Rule settings.' }),
    codeowners: z
      .array(ownerHandleSchema)
      .optional()
      .meta({
        description:
          'The coordinators\' git handles (领导小组办公室): `ledger codeowners` makes them reviewers of every file, beside the units.',
      }),
    bundle: z
      .strictObject({
        font: z
          .string()
          .min(1)
          .optional()
          .meta({
            description:
              'A TrueType/OpenType font file (.ttf, .otf, .ttc: first face) to typeset bundle covers and 情况说明 with, ' +
              'relative to the workspace or absolute. Default: Noto Sans SC (思源黑体, OFL), shipped with ledger.',
          }),
      })
      .optional()
      .meta({ description: 'Settings of `ledger bundle`.' }),
  })
  .meta({ title: 'ledger.yaml', description: 'Workspace configuration of a ledger evidence workspace.' });

export type LedgerConfig = z.infer<typeof ledgerConfigSchema>;
