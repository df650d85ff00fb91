import { fixed, msg, type AnyMessage } from './lang.js';

/** What `ledger bundle` and `ledger add` say, in both languages. */
export const BUNDLE_TEXT = {
  'help.cmd.bundle': fixed(
    '生成报送用 PDF：每项指标一册（初评按单位一册，集中申报全部），含封面、目录、书签、页码和 SHA-256 清单',
    'build submission PDFs: one per indicator, per unit (初评) or all (集中申报), with cover, contents, bookmarks, page numbers, manifest',
  ),
  'help.bundle.ids': fixed('指标编号（如 9 30 B1）', 'indicator ids (e.g. 9 30 B1)'),
  'help.bundle.unit': fixed(
    '该单位承担的全部指标合成一册，带单位封面和总目录（初评）',
    "one PDF of a unit's indicators with a unit cover and overall contents",
  ),
  'help.bundle.all': fixed('每项指标一册，另加索引（集中申报）', 'one PDF per indicator plus an index'),
  'help.bundle.out': fixed('输出目录（默认：工作区的 bundles/）', "output folder (default: the workspace's bundles/)"),
  'help.bundle.force': fixed(
    '覆盖已存在的文件；有问题的文件以一页说明代替，而不是拒绝生成',
    'overwrite existing files; put a page saying why in place of each ruled-out file instead of refusing',
  ),
  'bundle.need-target': fixed('请指定指标编号、--unit 或 --all。', 'Name indicator ids, --unit or --all.'),
  'bundle.one-target': fixed('指标编号、--unit 和 --all 只能选一种。', 'Give indicator ids, --unit or --all: only one of them.'),
  'bundle.exists': msg<'file'>({
    zh: (a) => `${a.file} 已存在，未做任何改动。确需覆盖请加 --force，或用 -o 指定其他目录。`,
    en: (a) => `${a.file} already exists; nothing was changed. Add --force to overwrite, or choose another folder with -o.`,
  }),
  'bundle.font': msg<'detail' | 'file'>({
    zh: (a) => `字体文件 ${a.file} 无法使用（${a.detail}）。请检查 ledger.yaml 中 bundle.font 的路径，或删除该项以使用内置的思源黑体。`,
    en: (a) =>
      `Font file ${a.file} cannot be used (${a.detail}). Check bundle.font in ledger.yaml, or remove it to use the built-in Noto Sans SC.`,
  }),
  'bundle.no-materials': msg<'id'>({
    zh: (a) => `指标 ${a.id} 没有需要报送的材料，不生成材料册。`,
    en: (a) => `Indicator ${a.id} takes no materials; no bundle is made for it.`,
  }),
  'bundle.refused': msg<'count'>({
    zh: (a) => `以下 ${a.count} 个文件未通过检查，不能收入材料册，未生成任何文件：`,
    en: (a) => `${a.count} file(s) did not pass the check and cannot go into a bundle; nothing was written:`,
  }),
  'bundle.refused.item': msg<'file' | 'id' | 'material' | 'reason'>({
    zh: (a) => `  ${a.file}（指标 ${a.id} 材料${a.material}）：${a.reason}`,
    en: (a) => `  ${a.file} (indicator ${a.id}, material ${a.material}): ${a.reason}`,
  }),
  'bundle.refused.hint': fixed(
    '修正或删除这些文件后重新运行；确需先行生成，加 --force，每个文件的位置将以一页说明代替。',
    'Fix or remove these files and run again; to build anyway, add --force: each is replaced by a page saying why.',
  ),
  'bundle.unusable': msg<'detail' | 'file'>({
    zh: (a) => `无法读取 ${a.file}（${a.detail}），未生成材料册。请运行 ledger check 后重试。`,
    en: (a) => `Cannot read ${a.file} (${a.detail}); no bundle written. Run ledger check and try again.`,
  }),
  'bundle.wrote.indicator': msg<'file' | 'missing' | 'pages' | 'placeholders'>({
    zh: (a) =>
      `已生成 ${a.file}（${a.pages} 页${Number(a.missing) ? `，缺少材料 ${a.missing} 项` : ''}${Number(a.placeholders) ? `，${a.placeholders} 个文件以说明页代替` : ''}）`,
    en: (a) =>
      `Wrote ${a.file} (${a.pages} pages${Number(a.missing) ? `, ${a.missing} material(s) missing` : ''}` +
      `${Number(a.placeholders) ? `, ${a.placeholders} file(s) replaced by a note` : ''})`,
  }),
  'bundle.wrote.unit': msg<'file' | 'indicators' | 'missing' | 'pages'>({
    zh: (a) => `已生成 ${a.file}（${a.indicators} 项指标，${a.pages} 页${Number(a.missing) ? `，缺少材料 ${a.missing} 项` : ''}）`,
    en: (a) =>
      `Wrote ${a.file} (${a.indicators} indicators, ${a.pages} pages${Number(a.missing) ? `, ${a.missing} material(s) missing` : ''})`,
  }),
  'bundle.wrote.index': msg<'file'>({ zh: (a) => `已生成索引 ${a.file}`, en: (a) => `Wrote the index ${a.file}` }),
  'bundle.summary': msg<'count'>({
    zh: (a) => `共 ${a.count} 册，清单（SHA-256）写在每册旁的 .manifest.json 中。`,
    en: (a) => `${a.count} bundle(s); each has its SHA-256 manifest beside it (.manifest.json).`,
  }),
  'bundle.incomplete': fixed(
    '有材料尚未提供，封面和目录已注明“尚未提供”。补齐后请重新生成。',
    'Some materials are still missing; covers and contents say so. Build again once they are in.',
  ),
  'bundle.replaced': fixed(
    '有文件未通过检查，已以“材料缺失说明”页代替；修正这些文件后请重新生成。',
    'Files that did not pass the check were replaced by a page saying why; fix them and build again.',
  ),
  'bundle.progress': fixed('生成材料册', 'Building bundles'),

  'help.cmd.add': fixed(
    '检查文件并以规范的名称复制到指标的材料文件夹（不移动、不修改原文件）',
    "check files and copy them into an indicator's evidence folder under a conforming name (the originals are left alone)",
  ),
  'help.add.files': fixed('要添加的文件（PDF、JPG/PNG 图片、情况说明 .md）', 'files to add (PDF, JPG/PNG images, 情况说明 .md)'),
  'help.add.to': fixed('目标：指标/材料编号，如 9/2', 'target: indicator/material, e.g. 9/2'),
  'help.add.label': fixed('文件名中的名称（默认：原文件名）', 'name part of the new file name (default: the original name)'),
  'help.add.unit': fixed(
    '提交材料的单位（id、名称或别名）：放入该单位的文件夹 @单位id/，只计入该单位；指标只有一个承担单位时可不写',
    'the unit filing the files (id, name or alias): they go into its unit folder @<unit id>/ and count for it only; ' +
      'optional when one unit carries the indicator',
  ),
  'add.unit-not-carrier': msg<'unit' | 'id' | 'carriers'>({
    zh: (a) =>
      `${a.unit} 不承担指标 ${a.id}（承担单位：${a.carriers}），不能以它的名义提交；先用 ledger assign ${a.id} --unit ${a.unit} 分配。`,
    en: (a) =>
      `${a.unit} does not carry indicator ${a.id} (carried by: ${a.carriers}); assign it first with ledger assign ${a.id} --unit ${a.unit}.`,
  }),
  'add.shared-hint': msg<'id' | 'carriers'>({
    zh: (a) => `指标 ${a.id} 由几个单位承担（${a.carriers}）：不在单位文件夹中的文件只计入唯一的牵头单位；用 --unit 放入提交单位的文件夹。`,
    en: (a) =>
      `Several units carry indicator ${a.id} (${a.carriers}): a file outside a unit folder counts only for a sole lead; ` +
      "use --unit to file it in the filing unit's folder.",
  }),
  'help.add.dry-run': fixed('只显示将要做的事，不复制', 'show what would be done, copy nothing'),
  'add.bad-target': msg<'to'>({
    zh: (a) => `--to 的取值“${a.to}”无效：应写成 指标/材料编号，如 9/2。`,
    en: (a) => `--to "${a.to}" is not valid: write indicator/material, e.g. 9/2.`,
  }),
  'add.no-materials': msg<'id'>({
    zh: (a) => `指标 ${a.id} 没有需要报送的材料。`,
    en: (a) => `Indicator ${a.id} takes no materials.`,
  }),
  'add.no-such-material': msg<'count' | 'id' | 'material'>({
    zh: (a) => `指标 ${a.id} 只有 ${a.count} 项材料，没有材料 ${a.material}。用 ledger explain ${a.id} 查看。`,
    en: (a) => `Indicator ${a.id} has ${a.count} material(s), not material ${a.material}. See ledger explain ${a.id}.`,
  }),
  'add.not-a-file': msg<'file'>({
    zh: (a) => `${a.file} 不存在或不是普通文件。`,
    en: (a) => `${a.file} does not exist or is not a regular file.`,
  }),
  'add.target-linked': msg<'folder'>({
    zh: (a) => `${a.folder} 是符号链接或不是文件夹：ledger 不会经由它写到工作区之外。请把它换成工作区里的普通文件夹后再添加。`,
    en: (a) =>
      `${a.folder} is a symbolic link or not a folder: ledger will not write through it outside the workspace. ` +
      'Replace it with a plain folder in the workspace and add again.',
  }),
  'add.merged': msg<'id' | 'owner'>({
    zh: (a) => `指标 ${a.id} 与第 ${a.owner} 项合并报送，文件放入第 ${a.owner} 项的文件夹。`,
    en: (a) => `Indicator ${a.id} shares its materials with ${a.owner}; files go into ${a.owner}'s folder.`,
  }),
  'add.refused': msg<'count'>({
    zh: (a) => `以下 ${a.count} 个文件不能添加，未复制任何文件：`,
    en: (a) => `${a.count} file(s) cannot be added; nothing was copied:`,
  }),
  'add.refused.item': msg<'file' | 'reason'>({ zh: (a) => `  ${a.file}：${a.reason}`, en: (a) => `  ${a.file}: ${a.reason}` }),
  'add.warning.item': msg<'file' | 'reason'>({ zh: (a) => `  注意 ${a.file}：${a.reason}`, en: (a) => `  note ${a.file}: ${a.reason}` }),
  'add.filed': msg<'from' | 'to'>({ zh: (a) => `已添加 ${a.from} → ${a.to}`, en: (a) => `Added ${a.from} → ${a.to}` }),
  'add.would-file': msg<'from' | 'to'>({ zh: (a) => `将添加 ${a.from} → ${a.to}`, en: (a) => `Would add ${a.from} → ${a.to}` }),
  'add.renamed': msg<'name' | 'used'>({
    zh: (a) => `  （${a.name} 已存在，改用 ${a.used}）`,
    en: (a) => `  (${a.name} exists already; using ${a.used})`,
  }),
  'add.dry-run': fixed('（试运行：未复制任何文件）', '(dry run: nothing was copied)'),
  'add.lacks': msg<'id' | 'materials'>({
    zh: (a) => `指标 ${a.id} 还缺少：${a.materials}`,
    en: (a) => `Indicator ${a.id} still lacks: ${a.materials}`,
  }),
  'add.lacks.item': msg<'no' | 'text'>({ zh: (a) => `材料${a.no}（${a.text}）`, en: (a) => `material ${a.no} (${a.text})` }),
  'add.complete': msg<'id'>({ zh: (a) => `指标 ${a.id} 的材料已齐全。`, en: (a) => `Indicator ${a.id} now has every material.` }),
  'add.same-as-hint': msg<'folder' | 'target'>({
    zh: (a) =>
      `同一文件已作为第 ${a.target} 项材料报送：在 evidence/${a.folder}/index.yaml 中写 same_as: "${a.target}" 即可，不必再放一份。`,
    en: (a) =>
      `The same file is filed as ${a.target} already: write same_as: "${a.target}" in evidence/${a.folder}/index.yaml instead of a second copy.`,
  }),
  'add.secret-material': msg<'material'>({
    zh: (a) => `材料 ${a.material} 在 index.yaml 中标为涉密（不上传），不能添加文件。`,
    en: (a) => `Material ${a.material} is marked secret in index.yaml (not uploaded); no file may be added.`,
  }),
  'add.unsupported': msg<'ext'>({
    zh: (a) => `不支持的文件类型 .${a.ext}：证明材料应为 PDF、JPG/PNG 图片或情况说明 .md（Word/WPS 文件请另存为 PDF）`,
    en: (a) => `Unsupported file type .${a.ext}: evidence is PDF, JPG/PNG images or a 情况说明 .md (save Word/WPS files as PDF)`,
  }),
  'add.twice': msg<'other'>({
    zh: (a) => `与同时添加的 ${a.other} 内容完全相同`,
    en: (a) => `Same content as ${a.other}, given in the same command`,
  }),
} satisfies Record<string, AnyMessage>;
