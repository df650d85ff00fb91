/**
 * The wording of the bundle's own pages (covers, contents, notes). This is document content handed
 * to the assessors, so it is Chinese whatever `--lang` says, like the forms in excel/sheet/form-wording.ts.
 */
import { circled } from '../../model/material-numbers.js';

export const COVER = {
  documentTitle: '法治政府建设示范创建证明材料',
  /** `body` is ledger.yaml `review_body` (市局, 县局, …) */
  unitTitle: (body: string) => `法治政府建设示范创建${body}初评材料`,
  indexTitle: '法治政府建设示范创建集中申报材料索引',
  indicator: (id: string) => (id.startsWith('B') ? `加分项 ${id.slice(1)}` : `指标 ${id}`),
  text: '指标内容：',
  methods: '测评方式：',
  materials: '报送材料：',
  lead: '牵头单位：',
  responsible: '责任单位：',
  carriers: '承担单位及联系人：',
  noCarrier: '（尚未分配到具体单位）',
  noContact: '未填写联系人',
  counts: (covered: number, required: number) =>
    `材料情况：应报 ${required} 项，已提供 ${covered} 项${covered < required ? `，缺少 ${required - covered} 项` : ''}。`,
  commit: (hash: string, date: string, dirty: boolean) =>
    `编制依据：材料库 git 提交 ${hash.slice(0, 12)}（${date}）${dirty ? '，另有未提交的改动' : ''}`,
  noCommit: '编制依据：材料库不是 git 仓库，无提交记录',
  built: (date: string) => `生成日期：${date}`,
  unitIndicators: (n: number) => `本册收录承担的指标 ${n} 项`,
  merged: (owner: string) => `本项与第 ${owner} 项合并报送材料`,
} as const;

/** How a material's evidence is stated on the cover, one line per file or exception. */
export const MATERIAL = {
  label: (no: number) => `材料${circled(no)}`,
  file: (name: string, pages: number, from: number) =>
    pages === 1 ? `${name}（1 页，第 ${from} 页）` : `${name}（${pages} 页，第 ${from}–${from + pages - 1} 页）`,
  links: (n: number, page: number) => `新闻链接 ${n} 条（第 ${page} 页）`,
  notApplicable: (reason: string) => `不涉及：${reason}`,
  secret: (note: string) => `涉密：实地核验时提供${note && note !== '涉密' ? `（${note}）` : ''}`,
  sameAsHere: (id: string, no: number, page: number) => `同第 ${id} 项材料${circled(no)}，见本册第 ${page} 页`,
  sameAsThere: (id: string, no: number, file: string, page: number | null) =>
    `同第 ${id} 项材料${circled(no)}，见《${file}》${page !== null ? `第 ${page} 页` : ''}`,
  missing: '尚未提供',
  rejected: (name: string, reason: string) => `未收录：${name}（${reason}）`,
  placeholder: (name: string, page: number) => `未收录：${name}，说明见第 ${page} 页`,
  review: (r: { verdict: string; by: string; date: string; note?: string; stale: boolean }) =>
    r.verdict === '退回'
      ? `初评：退回（${r.note ? `${r.note}；` : ''}${r.by}，${r.date}）`
      : `初评：通过（${r.by}，${r.date}）${r.stale ? '，其后材料有变动，待复核' : ''}`,
} as const;

export const CONTENTS = {
  title: '目　录',
  unitTitle: '总　目　录',
  cover: '封面',
  indicatorCover: (id: string, text: string) => `${COVER.indicator(id)}　${text}`,
  noPages: {
    notApplicable: '不涉及',
    secret: '涉密，实地核验时提供',
    missing: '尚未提供',
  },
  links: '新闻链接',
  /** before the text of a material the 初评 returned */
  returned: (note: string) => `【已退回${note ? `：${note}` : ''}】`,
} as const;

export const LINKS = {
  title: (indicator: string, no: number) => `${COVER.indicator(indicator)} 材料${circled(no)}　新闻链接`,
  line: (i: number, title: string) => `${i}. ${title}`,
  meta: (source: string, date: string) => [source, date].filter(Boolean).join('　'),
  more: (count: number, cap: number) => `另有 ${count} 条链接未列入本册（每项材料最多列 ${cap} 条），全部链接见该指标文件夹的 index.yaml。`,
} as const;

export const PLACEHOLDER = {
  title: '材料缺失说明',
  body: (name: string, indicator: string, no: number) => `${COVER.indicator(indicator)} 材料${circled(no)} 的文件“${name}”未收入本册。`,
  reason: (reason: string) => `原因：${reason}`,
  fix: '请按原因修正该文件后重新生成本册。',
} as const;

export const INDEX = {
  columns: '指标　　文件　　页数　　材料情况',
  line: (id: string, file: string, pages: number, covered: number, required: number) =>
    `${COVER.indicator(id)}　${file}　${pages} 页　已提供 ${covered}/${required} 项`,
  /** a merged cell (48 with 47): its materials are counted on its host's line */
  merged: (id: string, file: string, pages: number, host: string) => `${COVER.indicator(id)}　${file}　${pages} 页　材料计入第 ${host} 项`,
  total: (covered: number, required: number) =>
    `合计　应报 ${required} 项，已提供 ${covered} 项${covered < required ? `，缺少 ${required - covered} 项` : ''}`,
} as const;

/** Why a file the check passed cannot be put in a bundle after all (its pages cannot be read). */
export const UNUSABLE = (detail: string): string => `无法读取该文件的页面，不能合并（${detail}）`;
