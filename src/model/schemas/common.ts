import { z } from 'zod';
import { isCalendarDate } from '../../util/dates.js';
import { INDICATOR_ID_SOURCE, MATERIAL_REF_PATTERN } from '../indicator-id.js';

/** A calendar date written as YYYY-MM-DD (quoted or not: YAML keeps it a string). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(isCalendarDate, 'a real calendar date')
  .meta({ description: 'A date, YYYY-MM-DD.' });

export const indicatorIdSchema = z
  .string()
  .regex(new RegExp(`^${INDICATOR_ID_SOURCE}$`), 'an indicator id such as "9", "B1" or "V2"')
  .meta({ description: 'Indicator id: "1"…"115", "B1"/"B2" (加分项), "V1"/"V2" (否决项).' });

export const unitIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens')
  .meta({ description: 'Unit id: lower-case letters, digits and hyphens (used as the assignments file name).' });

export const STATUSES = ['已完成', '未完成', '不涉及'] as const;
export const statusSchema = z.enum(STATUSES).meta({
  description: '完成进度: 已完成 (done, evidence must be complete), 未完成 (in progress), 不涉及 (does not apply to this unit).',
});
export type Status = (typeof STATUSES)[number];

export const METHODS = [
  '查看资料',
  '网络检索',
  '随机访谈',
  '问卷调查',
  '实地查看',
  '群众满意度测评',
  '网络考试',
  '随机抽考',
  '查阅案卷',
] as const;

/** A reference to another indicator's material, `"<indicator>/<material>"`. */
export const materialRefSchema = z.string().regex(MATERIAL_REF_PATTERN, '"<indicator>/<material>", e.g. "47/1"');
