import { z } from 'zod';
import { isoDate } from './common.js';

export const PROBLEM_STATUSES = ['整改中', '已销号'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** Where problems come from in the plan's stages; the field takes any text, these are the usual ones. */
export const PROBLEM_SOURCES = ['全面自查', '上级通报', '市局初评', '实地核验'] as const;

/** Ids and indicators are often typed as bare numbers (`id: 3`, `indicator: 9`): both are read as text. */
const textOrNumber = z.union([z.string().min(1), z.number().int().nonnegative()]).transform((v) => String(v));

const problemSchema = z
  .strictObject({
    id: textOrNumber.meta({ description: '问题编号 (序号): any text or number, unique in the file, e.g. 1 or ZG-2024-01.' }),
    found: isoDate.meta({ description: '发现日期, YYYY-MM-DD.' }),
    source: z.string().min(1).meta({ description: `问题来源: ${PROBLEM_SOURCES.join('、')} or other text.` }),
    indicator: textOrNumber.meta({ description: 'The indicator the problem concerns: "9", "B1".' }),
    material: z.number().int().positive().optional().meta({ description: 'The material number of that indicator, when it is about one.' }),
    unit: z.string().min(1).meta({ description: '责任单位: a unit id, name or alias from units.yaml.' }),
    description: z.string().min(1).meta({ description: '问题描述.' }),
    measures: z
      .string()
      .nullable()
      .default('')
      .transform((s) => s ?? '')
      .meta({ description: '整改措施 (may stay empty until the unit has planned them).' }),
    due: isoDate.meta({ description: '整改时限, YYYY-MM-DD: open problems past it are errors, within 7 days warnings.' }),
    status: z.enum(PROBLEM_STATUSES).default('整改中').meta({ description: '整改状态: 整改中 (open) or 已销号 (closed, 对账销号).' }),
    closed: isoDate.optional().meta({ description: '销号日期, YYYY-MM-DD: required once the status is 已销号.' }),
    evidence: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .transform((v) => (v === undefined ? [] : typeof v === 'string' ? [v] : v))
      .meta({ description: 'Workspace-relative path(s) of the files proving the fix (e.g. problems/1-整改报告.pdf); they must exist.' }),
  })
  .meta({ description: 'One problem of the 整改 list.' });

export const problemsFileSchema = z
  .strictObject({
    problems: z
      .array(problemSchema)
      .nullable()
      .default([])
      .transform((p) => p ?? [])
      .meta({ description: 'The problems, in the order they are listed (问题清单).' }),
  })
  .meta({ title: 'problems.yaml', description: 'The 整改 problem list (拉出问题清单、制定整改方案，对账销号).' });

export type ProblemsFile = z.infer<typeof problemsFileSchema>;
export type Problem = ProblemsFile['problems'][number];

/**
 * The entries of a problems file that are valid on their own, each with its position in the list,
 * so one bad entry does not hide the others (their findings, their counts). Null when the file has
 * no list at all.
 */
export function salvageProblems(data: unknown): { index: number; value: Problem }[] | null {
  if (!data || typeof data !== 'object') return null;
  const list = (data as Record<string, unknown>).problems;
  if (!Array.isArray(list)) return null;
  const out: { index: number; value: Problem }[] = [];
  list.forEach((entry, index) => {
    const ok = problemSchema.safeParse(entry);
    if (ok.success) out.push({ index, value: ok.data });
  });
  return out;
}
