import { z } from 'zod';
import { isoDate, materialRefSchema } from './common.js';

/** A news report (新闻链接) that proves the work; it covers its material like a file. */
export const newsLinkSchema = z
  .strictObject({
    url: z.string().min(1).meta({ description: 'The address, http:// or https://.' }),
    title: z.string().min(1).meta({ description: 'The headline as published.' }),
    date: isoDate.meta({ description: 'Publication date, YYYY-MM-DD (checked against evidence_since).' }),
    source: z.string().min(1).optional().meta({ description: 'Who published it (媒体/网站名称).' }),
  })
  .meta({ description: 'A news link: {url, title, date, source}.' });

export const REVIEW_VERDICTS = ['通过', '退回'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** The 初评 verdict on one material, with the hashes of the files the reviewer saw. */
export const reviewSchema = z
  .strictObject({
    verdict: z.enum(REVIEW_VERDICTS).meta({ description: '通过 (passed) or 退回 (returned: not covered until reviewed again).' }),
    by: z.string().min(1).meta({ description: 'The reviewer.' }),
    date: isoDate.meta({ description: 'When the verdict was given.' }),
    note: z.string().optional().meta({ description: 'Why it was returned, or a remark.' }),
    files: z
      .record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex'))
      .default({})
      .meta({ description: 'Workspace-relative path → SHA-256 of each file reviewed; a later change makes the review stale.' }),
  })
  .meta({ description: 'The 初评 review of this material (written by `ledger review`).' });

const EXCEPTION_KEYS = ['not_applicable', 'secret', 'same_as'] as const;

const materialEntrySchema = z
  .strictObject({
    not_applicable: z.string().min(1).optional().meta({ description: '不涉及本地区: a short reason.' }),
    secret: z.string().min(1).optional().meta({ description: '涉密材料不上传，实地核验时提供: a note; no file for this material may be in the repository.' }),
    same_as: materialRefSchema
      .optional()
      .meta({ description: 'The same document is filed under another indicator: "<indicator>/<material>".' }),
    links: z.array(newsLinkSchema).min(1).optional().meta({ description: 'News links (新闻链接); each covers the material like a file.' }),
    review: reviewSchema.optional(),
  })
  .refine((e) => EXCEPTION_KEYS.filter((k) => e[k] !== undefined).length <= 1, 'at most one of not_applicable, secret, same_as')
  .meta({ description: 'Per material: at most one exception (not_applicable, secret, same_as), news links, the 初评 review.' });

export const evidenceIndexSchema = z
  .strictObject({
    materials: z
      .record(z.string().regex(/^[1-9]\d*$/, 'a material number'), materialEntrySchema)
      .default({})
      .meta({ description: 'Per material number: its exception, news links and review.' }),
  })
  .meta({ title: 'evidence/<NNN>/index.yaml', description: "Per-material exceptions, news links and reviews of one indicator's evidence folder." });

export type EvidenceIndex = z.infer<typeof evidenceIndexSchema>;
/** What index.yaml records for one material. */
export type MaterialEntry = EvidenceIndex['materials'][string];
/** @public the shape of one news link in index.yaml (read by the link checks) */
export type NewsLink = z.infer<typeof newsLinkSchema>;
export type MaterialReview = z.infer<typeof reviewSchema>;
