import { fixed, joinList, msg, type AnyMessage } from './lang.js';

type Refs = {
  files: readonly (string | number)[];
  groups: readonly (string | number)[];
  indicators: readonly (string | number)[];
  problems: readonly (string | number)[];
};
const refsZh = (a: Refs): string =>
  [
    a.indicators.length ? `responsibilities.yaml（指标 ${joinList(a.indicators, 'zh')}）` : '',
    a.groups.length ? `units.yaml groups（${joinList(a.groups, 'zh')}）` : '',
    ...a.files.map(String),
    a.problems.length ? `problems.yaml（问题 ${joinList(a.problems, 'zh')}）` : '',
  ]
    .filter(Boolean)
    .join('；');
const refsEn = (a: Refs): string =>
  [
    a.indicators.length ? `responsibilities.yaml (indicators ${joinList(a.indicators, 'en')})` : '',
    a.groups.length ? `units.yaml groups (${joinList(a.groups, 'en')})` : '',
    ...a.files.map(String),
    a.problems.length ? `problems.yaml (problems ${joinList(a.problems, 'en')})` : '',
  ]
    .filter(Boolean)
    .join('; ');

/** Every sentence `ledger unit` prints, in both languages. */
export const UNIT_TEXT = {
  'help.cmd.unit': fixed(
    '增加、改名、合并、删除单位（同步 units.yaml、责任分工、台账、问题清单；保留注释）',
    'add, rename, merge or remove units (units.yaml, responsibilities, ledgers and problems follow; comments kept)',
  ),
  'help.unit.add': fixed('增加单位：ledger unit add <名称> --id <id>', 'add a unit: ledger unit add <name> --id <id>'),
  'help.unit.rename': fixed(
    '单位改名（id 不变，旧名称保留为别名，历史记录仍可识别）',
    'rename a unit (the id stays; the old name is kept as an alias so history still resolves)',
  ),
  'help.unit.merge': fixed(
    '把一个单位并入另一个：台账条目、状态、进展、联系人、责任分工、分组、问题清单随之转移；状态冲突时拒绝并说明',
    'merge a unit into another: ledger entries, statuses, progress, contacts, responsibilities, groups and problems move; refused on conflicting statuses',
  ),
  'help.unit.remove': fixed('删除单位（仍被引用时拒绝并列出引用处）', 'remove a unit (refused while anything refers to it, listing what)'),
  'help.unit.unit': fixed('单位（id、名称或别名）', 'the unit (id, name or alias)'),
  'help.unit.into': fixed('并入的单位（id、名称或别名）', 'the surviving unit (id, name or alias)'),
  'help.unit.id': fixed(
    '新单位的 id（小写字母、数字、连字符，用作台账文件名，如 xinyong）',
    "the new unit's id (lower-case letters, digits, hyphens; the ledger file name)",
  ),
  'help.unit.alias': fixed('别名，可写多个', 'aliases, one or more'),
  'help.unit.kind': fixed('类别（科室、股室、市场监管所……）', 'kind (科室, 股室, 市场监管所, …)'),
  'help.unit.group': fixed('加入的分组（如 各所），可写多个', 'groups to join (e.g. 各所), one or more'),
  'help.unit.dry-run': fixed('只显示将要做的改动，不写入', 'show the changes, write nothing'),
  'unit.change.units': msg<'from' | 'to'>({
    zh: (a) => (a.from && a.to ? `units.yaml：${a.from} → ${a.to}` : a.to ? `units.yaml：增加 ${a.to}` : `units.yaml：删除 ${a.from}`),
    en: (a) => (a.from && a.to ? `units.yaml: ${a.from} → ${a.to}` : a.to ? `units.yaml: add ${a.to}` : `units.yaml: remove ${a.from}`),
  }),
  'unit.change.alias': msg<'unit', 'aliases'>({
    zh: (a) => `units.yaml：${a.unit} 的别名增加 ${joinList(a.aliases, 'zh')}（历史记录中的旧名称仍可识别）`,
    en: (a) => `units.yaml: ${a.unit} gains the aliases ${joinList(a.aliases, 'en')} (old names in history still resolve)`,
  }),
  'unit.change.groups': msg<never, 'groups'>({
    zh: (a) => `units.yaml：分组 ${joinList(a.groups, 'zh')}`,
    en: (a) => `units.yaml: groups ${joinList(a.groups, 'en')}`,
  }),
  'unit.change.responsibilities': msg<'count', 'ids'>({
    zh: (a) => `responsibilities.yaml：${a.count} 项指标的责任单位改写（${joinList(a.ids, 'zh')}）`,
    en: (a) => `responsibilities.yaml: the units of ${a.count} indicator(s) rewritten (${joinList(a.ids, 'en')})`,
  }),
  'unit.change.assignments-moved': msg<'count' | 'from' | 'to'>({
    zh: (a) => `${a.from} 的 ${a.count} 项台账条目（状态、进展、联系人）并入 ${a.to}，${a.from} 删除`,
    en: (a) => `${a.count} ledger entries (status, progress, contact) of ${a.from} move into ${a.to}; ${a.from} is deleted`,
  }),
  'unit.change.assignments-renamed': msg<'count' | 'from' | 'to'>({
    zh: (a) => `${a.from} 改为 ${a.to}（${a.count} 项台账条目）`,
    en: (a) => `${a.from} becomes ${a.to} (${a.count} ledger entries)`,
  }),
  'unit.change.assignments-deleted': msg<'file'>({ zh: (a) => `删除 ${a.file}`, en: (a) => `delete ${a.file}` }),
  'unit.change.problems': msg<'count', 'ids'>({
    zh: (a) => `problems.yaml：${a.count} 个问题的责任单位改写（问题 ${joinList(a.ids, 'zh')}）`,
    en: (a) => `problems.yaml: the unit of ${a.count} problem(s) rewritten (${joinList(a.ids, 'en')})`,
  }),
  'unit.change.codeowners': msg<never, 'owners'>({
    zh: (a) => `units.yaml：git 账号 ${a.owners.join(' ')} 并入；请再运行 ledger codeowners 更新 CODEOWNERS`,
    en: (a) => `units.yaml: git handles ${a.owners.join(' ')} move over; run ledger codeowners again to update CODEOWNERS`,
  }),
  'unit.refuse.old-layout': fixed(
    '工作区仍是旧版布局（indicators/ 中的责任单位）：请先运行 ledger upgrade。',
    'The workspace has the earlier layout (units inside indicators/): run ledger upgrade first.',
  ),
  'unit.refuse.same': msg<'unit'>({ zh: (a) => `不能把 ${a.unit} 并入它自己。`, en: (a) => `Cannot merge ${a.unit} into itself.` }),
  'unit.refuse.file-broken': msg<'file'>({
    zh: (a) => `${a.file} 无法解析，先用 ledger check 找到并改正其中的错误。`,
    en: (a) => `${a.file} does not parse; find and fix it with ledger check first.`,
  }),
  'unit.refuse.status-conflict': msg<'from' | 'fromStatus' | 'id' | 'to' | 'toStatus'>({
    zh: (a) => `指标 ${a.id}：${a.from} 为“${a.fromStatus}”，${a.to} 为“${a.toStatus}”——先在其中一方的台账中统一状态，再合并。`,
    en: (a) =>
      `Indicator ${a.id}: ${a.from} says ${a.fromStatus}, ${a.to} says ${a.toStatus} — make the statuses agree in one of the ledgers, then merge.`,
  }),
  'unit.refuse.taken': msg<'name' | 'unit'>({
    zh: (a) => `“${a.name}”已是单位 ${a.unit} 的 id、名称或别名。`,
    en: (a) => `"${a.name}" is already the id, name or alias of ${a.unit}.`,
  }),
  'unit.refuse.bad-id': msg<'id'>({
    zh: (a) => `单位 id “${a.id}”只能用小写字母、数字和连字符（如 xinyong、suo-7）。`,
    en: (a) => `The unit id "${a.id}" may use only lower-case letters, digits and hyphens (xinyong, suo-7).`,
  }),
  'unit.refuse.referenced': msg<'unit', 'files' | 'groups' | 'indicators' | 'problems'>({
    zh: (a) => `${a.unit} 仍被引用：${refsZh(a)}。先用 ledger unit merge 并入其他单位，或改掉这些引用。`,
    en: (a) =>
      `${a.unit} is still referred to: ${refsEn(a)}. Merge it into another unit (ledger unit merge) or change those references first.`,
  }),
  'unit.refused': fixed('未做任何改动：', 'Nothing changed:'),
  'unit.dry-run': fixed('（--dry-run：未写入任何文件）', '(--dry-run: no file written)'),
  'unit.written': msg<'count'>({
    zh: (a) => `已写入 ${a.count} 个文件。运行 ledger check 核对。`,
    en: (a) => `${a.count} file(s) written. Run ledger check.`,
  }),
  'help.cmd.upgrade': fixed(
    '把旧版工作区（indicators/ 中复制的指标目录及责任单位）转换为新布局，不丢失任何内容',
    'convert a workspace of the earlier layout (catalog copied into indicators/) to the current one, losing nothing',
  ),
  'upgrade.current': fixed('工作区已是当前布局，无需升级。', 'The workspace has the current layout: nothing to upgrade.'),
  'upgrade.broken': msg<'file'>({
    zh: (a) => `${a.file} 有错误，无法与随附目录比对；先用 ledger check 改正，再升级。`,
    en: (a) => `${a.file} has errors and cannot be compared with the shipped catalog; fix it (ledger check), then upgrade.`,
  }),
  'upgrade.write': msg<'file'>({ zh: (a) => `写入 ${a.file}`, en: (a) => `write ${a.file}` }),
  'upgrade.delete': msg<'file'>({ zh: (a) => `删除 ${a.file}`, en: (a) => `delete ${a.file}` }),
  'upgrade.noted': msg<'count', 'ids'>({
    zh: (a) => `${a.count} 项指标的目录文字在本地副本中被改过，已写入 catalog-notes.yaml（${joinList(a.ids, 'zh')}）`,
    en: (a) => `${a.count} indicator(s) had edited catalog text in the copy: kept in catalog-notes.yaml (${joinList(a.ids, 'en')})`,
  }),
  'upgrade.only-local': msg<never, 'ids'>({
    zh: (a) =>
      `本地副本中有、固定目录中没有的指标：${joinList(a.ids, 'zh')}——原文保留在 catalog-notes.yaml 的注释中，其责任单位保留在 responsibilities.yaml（check 会报告）`,
    en: (a) =>
      `Indicators in the copy but not in the pinned catalog: ${joinList(a.ids, 'en')} — their text kept as comments of catalog-notes.yaml, ` +
      'their units in responsibilities.yaml (check reports them)',
  }),
  'upgrade.only-shipped': msg<never, 'ids'>({
    zh: (a) => `本地副本缺少的指标：${joinList(a.ids, 'zh')}（升级后按固定目录计入）`,
    en: (a) => `Indicators the copy lacked: ${joinList(a.ids, 'en')} (counted from the pinned catalog after the upgrade)`,
  }),
  'upgrade.comments': msg<'count'>({
    zh: (a) => `本地副本中添加的 ${a.count} 行注释原样保留在 catalog-notes.yaml 末尾`,
    en: (a) => `${a.count} comment line(s) added to the copy are kept at the end of catalog-notes.yaml`,
  }),
  'upgrade.done': fixed('升级完成。运行 ledger check 核对，再提交。', 'Upgraded. Run ledger check, then commit.'),
} satisfies Record<string, AnyMessage>;
