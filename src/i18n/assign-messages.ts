import { fixed, msg, type AnyMessage, type MessageArgs as Args } from './lang.js';

const hintZh = (a: Args): string => (a.hint ? `（是否应为“${a.hint}”？）` : '');
const hintEn = (a: Args): string => (a.hint ? ` (did you mean "${a.hint}"?)` : '');
const roleZh: Args = { lead: '牵头', cooperate: '配合', group: '所属分组被点名' };
const roleEn: Args = { lead: 'lead', cooperate: 'cooperating', group: 'member of a named group' };

/** Every sentence `ledger assign` and `ledger codeowners` print, in both languages. */
export const ASSIGN_TEXT = {
  'help.cmd.assign': fixed(
    '把指标分配给单位（加入其 assignments/ 台账，保留注释），或用 --remove 移除',
    "add indicators to a unit's assignments file (comments kept), or --remove them",
  ),
  'help.assign.ids': fixed('指标编号，可写多个（如 8 47）', 'indicator ids, one or more (8 47)'),
  'help.assign.unit': fixed('单位（id、名称或别名）', 'the unit (id, name or alias)'),
  'help.assign.remove': fixed('从该单位台账中移除这些指标', "remove the indicators from the unit's file"),
  'help.assign.force': fixed(
    '与 --remove 同用：即使该项已填写状态、完成进度或联系人也移除',
    'with --remove: remove even entries with a status, progress or contact written',
  ),
  'help.assign.dry-run': fixed('只显示将要做的改动，不写入', 'show the change, write nothing'),

  'assign.unknown-indicator': msg<string>({
    zh: (a) => `未知的指标“${a.id}”${hintZh(a)}。指标编号为 1–115、B1–B2（加分项）、V1–V2（否决项）。`,
    en: (a) => `Unknown indicator "${a.id}"${hintEn(a)}. Indicators are 1–115, B1–B2 (bonus), V1–V2 (veto).`,
  }),
  'assign.not-allowed': msg<'groups' | 'id' | 'responsible' | 'unit' | 'unitId' | 'units'>({
    zh: (a) =>
      `指标 ${a.id} 不能分配给${a.unit}：其责任单位为“${a.responsible || '（空）'}”——点名的单位：${a.units || '无'}；` +
      `点名的分组：${a.groups || '无'}。${a.unit}既未被点名，也不属于这些分组。` +
      (a.groups ? `如确应由${a.unit}承担，请先在 units.yaml 中把 ${a.unitId} 加入相应分组。` : ''),
    en: (a) =>
      `Indicator ${a.id} cannot go to ${a.unit}: the table names "${a.responsible || '(none)'}" — units: ${a.units || 'none'}; ` +
      `groups: ${a.groups || 'none'}. ${a.unit} is neither named nor a member of those groups.` +
      (a.groups ? ` If it should carry it, first add ${a.unitId} to the matching group in units.yaml.` : ''),
  }),
  'assign.remove-named': msg<'id' | 'responsible' | 'unit'>({
    zh: (a) => `指标 ${a.id} 不能从${a.unit}的台账中移除：责任分工表（“${a.responsible}”）直接点名了${a.unit}，台账必须列出它。`,
    en: (a) =>
      `Indicator ${a.id} cannot be removed from ${a.unit}'s file: the table ("${a.responsible}") names ${a.unit} itself, so its file must list it.`,
  }),
  'assign.remove-has-content': msg<'contact' | 'id' | 'progress' | 'status'>({
    zh: (a) =>
      `指标 ${a.id} 已有填写内容（状态：${a.status}` +
      `${a.progress ? `；完成进度：“${a.progress}”` : ''}${a.contact ? `；联系人：“${a.contact}”` : ''}），移除会丢失这些内容。` +
      '确需移除请加 --force（可先用 git 或导出的台账留存）。',
    en: (a) =>
      `Indicator ${a.id} has content (status: ${a.status}` +
      `${a.progress ? `; progress: "${a.progress}"` : ''}${a.contact ? `; contact: "${a.contact}"` : ''}) that removing it would lose. ` +
      'Add --force to remove it anyway.',
  }),
  'assign.file-broken': msg<'file'>({
    zh: (a) => `${a.file} 无法读取或不符合格式，请先按 ledger check 的提示修正后再分配。`,
    en: (a) => `${a.file} cannot be read or does not match its schema; fix it as \`ledger check\` says, then assign.`,
  }),
  'assign.yaml-edit-failed': msg<'file'>({
    zh: (a) => `无法在保留原有格式的前提下修改 ${a.file}（如 indicators 写成了 {…} 的单行形式）。请改为每项一行的缩进格式，或手工编辑。`,
    en: (a) =>
      `Cannot change ${a.file} without reformatting it (e.g. indicators written inline as {…}). Use the indented form or edit by hand.`,
  }),
  'assign.units-broken': {
    zh: () => 'units.yaml 或某个单位台账无法读取或不符合格式，无法确定单位及其分组。请先按 ledger check 的提示修正。',
    en: () =>
      "units.yaml or a unit's assignments file cannot be read or does not match its schema, so the units are unknown. Fix it as `ledger check` says.",
  },
  'assign.refused': msg<'count'>({
    zh: (a) => `未作任何修改：${a.count} 个问题需要先处理。`,
    en: (a) => `Nothing changed: ${a.count} problem(s) to resolve first.`,
  }),
  'assign.concurrent-edit': msg<'file'>({
    zh: (a) => `${a.file} 在读取后被其他程序修改，未写入。请重新运行。`,
    en: (a) => `${a.file} changed on disk while this ran; nothing written. Run again.`,
  }),
  'assign.added': msg<'id' | 'role' | 'unit'>({
    zh: (a) => `＋ 指标 ${a.id} 分配给${a.unit}（${roleZh[String(a.role)] ?? a.role}），状态 未完成`,
    en: (a) => `+ indicator ${a.id} assigned to ${a.unit} (${roleEn[String(a.role)] ?? a.role}), status 未完成`,
  }),
  'assign.present': msg<'id' | 'unit'>({
    zh: (a) => `· 指标 ${a.id} 已在${a.unit}的台账中，未改动`,
    en: (a) => `· indicator ${a.id} is already in ${a.unit}'s file; unchanged`,
  }),
  'assign.removed': msg<'id' | 'unit'>({
    zh: (a) => `－ 指标 ${a.id} 已从${a.unit}的台账中移除`,
    en: (a) => `- indicator ${a.id} removed from ${a.unit}'s file`,
  }),
  'assign.absent': msg<'id' | 'unit'>({
    zh: (a) => `· 指标 ${a.id} 不在${a.unit}的台账中，无需移除`,
    en: (a) => `· indicator ${a.id} is not in ${a.unit}'s file; nothing to remove`,
  }),
  'assign.merged': msg<'folder' | 'owner'>({
    zh: (a) => `  材料与指标 ${a.owner} 合并，证明材料放在 ${a.folder}`,
    en: (a) => `  its materials are merged with indicator ${a.owner}: evidence goes in ${a.folder}`,
  }),
  'assign.written': msg<'file'>({
    zh: (a) => `已写入 ${a.file}`,
    en: (a) => `Wrote ${a.file}`,
  }),
  'assign.created': msg<'file'>({
    zh: (a) => `已新建 ${a.file}（含责任分工表点名该单位的全部指标）`,
    en: (a) => `Created ${a.file} (with every indicator the table names the unit for)`,
  }),
  'assign.unchanged': msg<'file'>({ zh: (a) => `${a.file} 未改动`, en: (a) => `${a.file} unchanged` }),
  'assign.dry-run': msg<'file'>({
    zh: (a) => `试运行：${a.file} 将作如下修改（未写入任何文件）`,
    en: (a) => `Dry run: ${a.file} would change as follows (nothing written)`,
  }),
  'assign.codeowners-stale': {
    zh: () => '评审人随之改变：运行 ledger codeowners 更新 CODEOWNERS。',
    en: () => 'The reviewers change with it: run ledger codeowners to update CODEOWNERS.',
  },

  'help.cmd.codeowners': fixed(
    '按各单位的 git 账号生成 CODEOWNERS（GitHub 与 GitLab），拉取请求自动请承担该指标的单位评审',
    "write CODEOWNERS (GitHub and GitLab) from the units' git handles, so pull requests ask the units that carry the indicator",
  ),
  'help.codeowners.force': fixed(
    '覆盖手工编写（没有生成标记）的 CODEOWNERS',
    'replace a hand-written CODEOWNERS (one without the generated marker)',
  ),
  'help.codeowners.dry-run': fixed('只显示将写入的内容，不写入', 'print the content, write nothing'),
  'codeowners.hand-written': msg<'file' | 'marker'>({
    zh: (a) =>
      `${a.file} 是手工编写的（没有“${a.marker}”标记），未覆盖。确需由 ledger 生成，请加 --force（原内容请先并入 units.yaml 的 owners）。`,
    en: (a) =>
      `${a.file} is hand-written (no "${a.marker}" line); left alone. Add --force to replace it (move its owners into units.yaml first).`,
  }),
  'codeowners.written': msg<'file' | 'rules'>({
    zh: (a) => `已写入 ${a.file}（${a.rules} 条规则）`,
    en: (a) => `Wrote ${a.file} (${a.rules} rule(s))`,
  }),
  'codeowners.unchanged': msg<'file'>({ zh: (a) => `${a.file} 已是最新，未改动`, en: (a) => `${a.file} is up to date; unchanged` }),
  'codeowners.no-handles': {
    zh: () =>
      "提示：units.yaml 中还没有任何单位写 owners（成员的 git 账号，如 owners: ['@zhang-san']），" +
      'ledger.yaml 也没有 codeowners，生成的文件不会请任何人评审。',
    en: () =>
      "Note: no unit in units.yaml lists owners (its members' git handles, e.g. owners: ['@zhang-san']) " +
      'and ledger.yaml has no codeowners: the file asks nobody to review.',
  },
  'init.codeowners': {
    zh: () => '在 units.yaml 中为各单位写上成员的 git 账号（owners）后，运行 ledger codeowners，拉取请求会自动请承担该指标的单位评审。',
    en: () =>
      "Once units.yaml lists each unit's members' git handles (owners), run ledger codeowners so pull requests ask the right unit to review.",
  },
} satisfies Record<string, AnyMessage>;
