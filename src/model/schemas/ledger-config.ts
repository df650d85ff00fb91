import { z } from 'zod';
import { isoDate } from './common.js';
import { ownerHandleSchema } from './owner-handle.js';
import { catalogIdSchema } from './catalog-notes.js';

import { PROFILES } from '../profiles.js';

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
    profile: z
      .enum(PROFILES)
      .optional()
      .meta({ description: 'The profile `ledger init` started from (city-bureau, county-bureau, blank). Informational.' }),
    catalog: catalogIdSchema
      .optional()
      .meta({
        description:
          'The indicator catalog, pinned by name and version (法治政府建设示范指标体系@2021.1). Absent only in a workspace of an earlier release.',
      }),
    review_body: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Who reviews at the 初评 stage, as printed on covers and sheets (市局 for a city bureau; 县局 or the bureau itself). Default 市局.' }),
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
    remind: z
      .strictObject({
        smtp: z
          .strictObject({
            host: z.string().min(1).meta({ description: 'The mail server, e.g. smtp.example.gov.cn.' }),
            port: z.number().int().min(1).max(65535).default(465).meta({ description: 'Its port: 465 (TLS) by default, 587 or 25 with STARTTLS.' }),
            secure: z
              .boolean()
              .optional()
              .meta({ description: 'TLS from the first byte (port 465); false: STARTTLS. Default: true on port 465.' }),
            from: z.string().min(1).meta({ description: 'The sender as it appears, e.g. 法治办 <fazhiban@example.gov.cn>.' }),
          })
          .optional()
          .meta({
            description:
              'The mail server `ledger remind --send email` uses. The user and password are never written here: ' +
              'LEDGER_SMTP_USER and LEDGER_SMTP_PASSWORD in the environment.',
          }),
      })
      .optional()
      .meta({ description: 'Settings of `ledger remind` (secrets come from environment variables only).' }),
  })
  .meta({ title: 'ledger.yaml', description: 'Workspace configuration of a ledger evidence workspace.' });

export type LedgerConfig = z.infer<typeof ledgerConfigSchema>;

/** The 初评 reviewing body, as covers and sheets print it (市局初评). */
export function reviewBody(config: Pick<LedgerConfig, 'review_body'>): string {
  return config.review_body ?? '市局';
}
