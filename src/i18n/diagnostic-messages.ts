import type { ArgsOf, Code } from '../diagnostics/codes.js';
import type { Diagnostic, DiagnosticArgs } from '../diagnostics/diagnostic.js';
import { MAX_PATH_CHARS } from '../model/file-names.js';
import { renderExpected } from './expected-messages.js';
import { joinList, type Lang } from './lang.js';
import { PROBLEM_DIAGNOSTICS } from './problem-diagnostic-messages.js';

type Render<A> = (a: A, lang: Lang) => string;
/** One code's wording; `A` the facts its findings carry (codes.ts), so every message reads only what exists. */
export interface Entry<A = DiagnosticArgs> {
  zh: Render<A>;
  en: Render<A>;
  /** what to do about it (README and `--verbose` text output) */
  fix: { zh: string; en: string };
  /** the fix for one finding, from its args, where the general sentence can be made exact (the command to run) */
  fixFor?: { zh: Render<A>; en: Render<A> };
}

/** The wording of every code in `C`, each typed by its own facts. */
export type Entries<C extends Code> = { [K in C]: Entry<ArgsOf<K>> };

const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const mean = (a: DiagnosticArgs, lang: Lang): string =>
  a.suggestion ? (lang === 'zh' ? `（是否应为“${s(a.suggestion)}”？）` : ` (did you mean "${s(a.suggestion)}"?)`) : '';
const mat = (a: DiagnosticArgs): string => s(a.materialText);
/** pdf-too-complex: which of the inspector's limits (src/pdf/limits.ts) a file reached, and its figure. */
const LIMIT_ZH: Record<string, string> = {
  seconds: '检查用时超过 … 秒',
  decodedBytes: '解码的数据超过 … MB',
  objects: '对象超过 … 个',
  values: '解析的值超过 … 个',
};
const LIMIT_EN: Record<string, string> = {
  seconds: 'more than … s to inspect',
  decodedBytes: 'more than … MB of decoded data',
  objects: 'more than … objects',
  values: 'more than … parsed values',
};
const limitZh = (a: DiagnosticArgs): string => (LIMIT_ZH[s(a.limit)] ?? '…').replace('…', s(a.figure));
const limitEn = (a: DiagnosticArgs): string => (LIMIT_EN[s(a.limit)] ?? '…').replace('…', s(a.figure));

/** pdf-active-content: the kinds the inspector found (src/pdf/document/active-content.ts), a list. */
const ACTIVE_ZH: Record<string, string> = {
  javascript: 'JavaScript 脚本',
  'javascript-uri': 'javascript: 链接',
  'other-uri': '非网页链接',
  launch: '启动程序（Launch）',
  'submit-form': '提交表单（SubmitForm）',
  'import-data': '导入数据（ImportData）',
  'remote-goto': '打开其他文件（GoToR）',
  rendition: '播放媒体（Rendition）',
  multimedia: '音视频或三维内容',
  'file-attachment': '附件注释',
  'other-action': '其他动作',
};
const ACTIVE_EN: Record<string, string> = {
  javascript: 'JavaScript',
  'javascript-uri': 'a javascript: link',
  'other-uri': 'a link that is not http(s)',
  launch: 'Launch',
  'submit-form': 'SubmitForm',
  'import-data': 'ImportData',
  'remote-goto': 'GoToR (opens another file)',
  rendition: 'Rendition',
  multimedia: 'sound, video or 3D',
  'file-attachment': 'a file attachment annotation',
  'other-action': 'another action',
};
const activeKinds = (a: DiagnosticArgs, names: Record<string, string>, sep: string): string =>
  (Array.isArray(a.kinds) ? (a.kinds as readonly string[]) : s(a.kinds).split(','))
    .filter(Boolean)
    .map((k) => names[k] ?? k)
    .join(sep);
const activeZh = (a: DiagnosticArgs): string => activeKinds(a, ACTIVE_ZH, '、');
const activeEn = (a: DiagnosticArgs): string => activeKinds(a, ACTIVE_EN, ', ');

/** indicator-unassigned: the units the table allows, as `assign` will accept them. */
const candidates = (a: ArgsOf<'indicator-unassigned'>, lang: Lang): string => {
  if (!a.candidates?.length) return '';
  const more = a.candidateCount > a.candidates.length;
  if (lang === 'zh') return `（可选：${joinList(a.candidates, lang)}${more ? ` 等 ${s(a.candidateCount)} 个单位` : ''}）`;
  return ` (allowed: ${joinList(a.candidates, lang)}${more ? `, ${s(a.candidateCount)} units in all` : ''})`;
};

/** Why a read failed, from the error's code: the reason in words, the code kept for a search. */
const READ_ERROR_ZH: Record<string, string> = {
  EACCES: '没有读取权限',
  EPERM: '操作系统不允许读取',
  EIO: '磁盘读取出错，介质可能已损坏',
  ENOENT: '文件不存在',
  EBUSY: '文件被其他程序占用',
  ELOOP: '符号链接层数过多',
};
const READ_ERROR_EN: Record<string, string> = {
  EACCES: 'no permission to read it',
  EPERM: 'the operating system does not allow reading it',
  EIO: 'a disk read error; the medium may be damaged',
  ENOENT: 'it does not exist',
  EBUSY: 'another program holds it',
  ELOOP: 'too many levels of symbolic links',
};
const readErrorZh = (code: string): string => (READ_ERROR_ZH[code] ? `${READ_ERROR_ZH[code]}，${code}` : code);
const readErrorEn = (code: string): string => (READ_ERROR_EN[code] ? `${READ_ERROR_EN[code]}, ${code}` : code);

/** Every diagnostic's wording, in both languages, and what the user should do. */
const KIND_ZH: Record<string, string> = {
  directory: '文件夹',
  file: '文件',
  fifo: '命名管道（FIFO）',
  device: '设备文件',
  socket: '套接字',
  other: '特殊文件',
};
const KIND_EN: Record<string, string> = { fifo: 'named pipe (FIFO)', device: 'device file', other: 'special file' };
const mb = (v: unknown): string => `${(Number(v) / 1048576).toFixed(1)} MB`;
const WHERE_ZH: Record<string, string> = { metadata: 'PDF 元数据', name: '文件名', text: '情况说明正文' };
const WHERE_EN: Record<string, string> = { metadata: 'PDF metadata', name: 'file name', text: 'statement text' };

export const DIAGNOSTIC_MESSAGES: Entries<Code> = {
  'yaml-syntax': {
    zh: (a) =>
      a.fullWidthColon === 'yes'
        ? 'YAML 语法错误：这一行用了全角冒号“：”，YAML 的冒号必须是半角“:”并且后面跟一个空格（如 status: 已完成）'
        : `YAML 语法错误：${s(a.detail)}`,
    en: (a) =>
      a.fullWidthColon === 'yes'
        ? 'YAML syntax error: this line has a full-width colon "："; YAML needs a half-width ":" followed by a space (status: 已完成)'
        : `YAML syntax error: ${s(a.detail)}`,
    fix: {
      zh: '按提示的行列修正缩进、冒号或引号；用支持 YAML 的编辑器可实时看到错误。',
      en: 'Fix the indentation, colon or quoting at the given line and column.',
    },
  },
  'yaml-duplicate-key': {
    zh: (a) => `同一映射中出现重复的键：${s(a.detail)}`,
    en: (a) => `Duplicate key in one mapping: ${s(a.detail)}`,
    fix: {
      zh: '删除或合并重复的键（后一个会覆盖前一个，内容容易丢失）。',
      en: 'Remove or merge the duplicate key (the later one would silently win).',
    },
  },
  'schema-invalid': {
    zh: (a, l) =>
      s(a.expected) === 'keys'
        ? `不认识的字段 ${s(a.found)}（位于 ${s(a.path)}）`
        : `字段 ${s(a.path)}：应为${renderExpected(s(a.expected), l)}，实际为 ${s(a.found)}`,
    en: (a, l) =>
      s(a.expected) === 'keys'
        ? `Unknown key ${s(a.found)} (at ${s(a.path)})`
        : `${s(a.path)}: expected ${renderExpected(s(a.expected), l)}, found ${s(a.found)}`,
    fix: {
      zh: '按 schemas/ 中的 JSON Schema 修改该字段；`ledger schema` 可重新生成 schema 供编辑器使用。',
      en: 'Change the field to match the JSON Schema in schemas/ (`ledger schema` writes them for your editor).',
    },
  },
  'file-unreadable': {
    zh: (a) => `无法读取${a.folder === 'yes' ? '文件夹' : '文件'}（${readErrorZh(s(a.detail))}）`,
    en: (a) => `Cannot read the ${a.folder === 'yes' ? 'folder' : 'file'} (${readErrorEn(s(a.detail))})`,
    fix: {
      zh: '确认文件存在且有读取权限；缺少 units.yaml 时可运行 `ledger init` 补齐（不会覆盖已有文件）。',
      en: 'Make sure the file exists and is readable; `ledger init` recreates missing files without overwriting any.',
    },
  },
  'file-not-regular': {
    zh: (a) => `应为${s(a.expected) === 'folder' ? '文件夹' : '普通文件'}，实际是${KIND_ZH[s(a.kind)] ?? s(a.kind)}，不会被读取`,
    en: (a) =>
      `Expected a ${s(a.expected) === 'folder' ? 'folder' : 'regular file'}, found a ${KIND_EN[s(a.kind)] ?? s(a.kind)}; it is not read`,
    fix: {
      zh: '换成真实的文件或文件夹（管道、设备文件不能作为工作区内容）。',
      en: 'Replace it with a real file or folder (pipes and device files cannot be part of a workspace).',
    },
  },
  'file-too-large': {
    zh: (a) => `文件过大（${mb(a.size)}，上限 ${mb(a.limit)}），不会被读取`,
    en: (a) => `The file is too large (${mb(a.size)}, limit ${mb(a.limit)}); it is not read`,
    fix: {
      zh: '真实的配置文件和情况说明远小于此上限：检查是否放错了文件。',
      en: 'Real configuration files and statements are far below this limit: check that it is the right file.',
    },
  },
  'file-not-utf8': {
    zh: () => '文件不是 UTF-8 编码（可能是 GBK 等 Windows 编码），不会被读取',
    en: () => 'The file is not UTF-8 (perhaps GBK or another Windows encoding); it is not read',
    fix: {
      zh: '用编辑器“另存为”UTF-8 编码（记事本：编码选 UTF-8；WPS/VS Code：右下角编码改为 UTF-8）。',
      en: 'Save it as UTF-8 (Notepad: encoding UTF-8; VS Code: change the encoding in the status bar).',
    },
  },
  'unit-duplicate': {
    zh: (a) => `单位名称或别名“${s(a.name)}”与单位 ${s(a.other)} 重复`,
    en: (a) => `Unit name or alias "${s(a.name)}" is already used by unit ${s(a.other)}`,
    fix: {
      zh: '每个 id、名称和别名只能属于一个单位；删除重复项。',
      en: 'Each id, name and alias may belong to one unit only; remove the duplicate.',
    },
  },
  'unit-unknown': {
    zh: (a, l) => `未知的单位“${s(a.id)}”${mean(a, l)}`,
    en: (a, l) => `Unknown unit "${s(a.id)}"${mean(a, l)}`,
    fix: {
      zh: '使用 units.yaml 中已有的单位 id，或先在 units.yaml 中添加该单位。',
      en: 'Use a unit id from units.yaml, or add the unit there first.',
    },
  },
  'unit-name-unsafe': {
    zh: (a) => `单位名称“${s(a.name)}”不能用作文件名（${s(a.reason)}），生成文件时改用单位编号 ${s(a.id)}`,
    en: (a) => `The unit name "${s(a.name)}" cannot be used in a file name (${s(a.reason)}); output files use its id ${s(a.id)}`,
    fix: {
      zh: '单位名称只写名称本身：不含 / \\ : * ? " < > | 和不可见字符，不以 = + - @ 开头，不超过 60 个字符。',
      en: 'Write the unit name alone: no / \\ : * ? " < > | or invisible characters, not starting with = + - @, at most 60 characters.',
    },
  },
  'group-unknown': {
    zh: (a, l) => `未知的单位分组“${s(a.id)}”${mean(a, l)}`,
    en: (a, l) => `Unknown unit group "${s(a.id)}"${mean(a, l)}`,
    fix: { zh: '在 units.yaml 的 groups 中定义该分组及其成员。', en: 'Define the group and its members under groups in units.yaml.' },
  },
  'indicator-duplicate': {
    zh: (a) => `指标 ${s(a.id)} 重复定义（首次定义于 ${s(a.first)}）`,
    en: (a) => `Indicator ${s(a.id)} is defined twice (first in ${s(a.first)})`,
    fix: {
      zh: '每个指标只能在 indicators/ 中出现一次；删除重复的条目。',
      en: 'Each indicator may appear once in indicators/; remove the duplicate.',
    },
  },
  'indicator-unknown': {
    zh: (a, l) => `未知的指标“${s(a.id)}”${mean(a, l)}`,
    en: (a, l) => `Unknown indicator "${s(a.id)}"${mean(a, l)}`,
    fix: {
      zh: '指标编号为 1–115、B1、B2、V1、V2；用 `ledger explain` 查看指标。',
      en: 'Indicator ids are 1–115, B1, B2, V1, V2; see `ledger explain`.',
    },
  },
  'catalog-unknown': {
    zh: (a) => `ledger.yaml 固定的指标目录 ${s(a.id)} 不在本版 ledger 中（随附的是 ${s(a.known)}），catalogs/ 中也没有它的副本`,
    en: (a) =>
      `ledger.yaml pins the catalog ${s(a.id)}, which this ledger does not ship (it ships ${s(a.known)}) and catalogs/ holds no copy of`,
    fix: {
      zh: '用 `ledger catalog update <来源>` 取得上级下发的这一版目录（写入 catalogs/），或把 ledger.yaml 的 catalog 改为随附的名称和版本。',
      en:
        'Fetch the version handed down with `ledger catalog update <source>` (it writes catalogs/), ' +
        'or pin the shipped name and version in ledger.yaml `catalog`.',
    },
  },
  'catalog-copy-invalid': {
    zh: (a) => `${s(a.folder)} 中固定的指标目录副本不能使用（${s(a.reason)}：${s(a.detail)}）`,
    en: (a) => `The copy of the pinned catalog in ${s(a.folder)} cannot be used (${s(a.reason)}: ${s(a.detail)})`,
    fix: {
      zh: '这份副本在下发后被改动或不完整：用 `ledger catalog update <来源>` 从上级下发的原件重新取得。',
      en: 'The copy was changed after it was handed down, or is incomplete: fetch it again from the source with `ledger catalog update <source>`.',
    },
  },
  'catalog-newer-known': {
    zh: (a) =>
      `已知指标目录的新版本 ${s(a.newer)}（${a.where === 'builtin' ? '随 ledger 附带' : s(a.where)}），本工作区仍固定 ${s(a.pinned)}`,
    en: (a) =>
      `A newer version ${s(a.newer)} of the catalog is known (${a.where === 'builtin' ? 'shipped with ledger' : s(a.where)}); ` +
      `this workspace still pins ${s(a.pinned)}`,
    fix: {
      zh: '先运行 `ledger catalog update <来源> --dry-run` 查看新版改动了什么、影响哪些材料，再去掉 --dry-run 切换。',
      en:
        'Run `ledger catalog update <source> --dry-run` to see what the new version changes and what it does to this workspace, ' +
        'then run it without --dry-run.',
    },
  },
  'catalog-note-unknown': {
    zh: (a, l) =>
      a.written !== undefined
        ? `catalog-notes.yaml 是为指标目录 ${s(a.written)} 写的，ledger.yaml 固定的是 ${s(a.pinned)}`
        : a.material !== undefined
          ? `catalog-notes.yaml 注释了指标 ${s(a.id)} 的材料 ${s(a.material)}，固定的指标目录中该指标没有这项材料`
          : `catalog-notes.yaml 注释了固定的指标目录中没有的指标“${s(a.id)}”${mean(a, l)}`,
    en: (a, l) =>
      a.written !== undefined
        ? `catalog-notes.yaml was written for the catalog ${s(a.written)}; ledger.yaml pins ${s(a.pinned)}`
        : a.material !== undefined
          ? `catalog-notes.yaml annotates material ${s(a.material)} of indicator ${s(a.id)}, which the pinned catalog does not have`
          : `catalog-notes.yaml annotates indicator "${s(a.id)}", which the pinned catalog does not have${mean(a, l)}`,
    fix: {
      zh: '注释只能针对 ledger.yaml 固定版本中存在的指标和材料编号；目录升级后请核对注释并更新其 catalog 版本。',
      en: 'Notes may name only indicators and material numbers of the pinned version; after a catalog update, review them and update their `catalog`.',
    },
  },
  'workspace-layout-old': {
    zh: () => '工作区仍是旧版布局：indicators/ 中复制了指标目录，责任单位写在其中',
    en: () => 'The workspace has the earlier layout: a copy of the catalog in indicators/, with the responsible units written into it',
    fix: {
      zh: '运行 `ledger upgrade`（可先加 --dry-run）转换为新布局：目录按版本固定，责任分工写入 responsibilities.yaml，改动过的目录文字转为 catalog-notes.yaml。',
      en:
        'Run `ledger upgrade` (try --dry-run first): the catalog is pinned by version, ' +
        'responsibilities go to responsibilities.yaml, edited catalog text to catalog-notes.yaml.',
    },
  },
  'assignment-file-missing': {
    zh: (a) => `单位 ${s(a.name)}（${s(a.unit)}）没有台账文件，而指标体系为其分配了 ${s(a.count)} 项指标`,
    en: (a) => `Unit ${s(a.name)} (${s(a.unit)}) has no assignments file, but the catalog names it for ${s(a.count)} indicator(s)`,
    fix: {
      zh: '运行 `ledger init` 生成缺少的台账文件（不会覆盖已有文件）。',
      en: 'Run `ledger init` to create the missing file (existing files are kept).',
    },
  },
  'assignment-unit-mismatch': {
    zh: (a) => `文件名对应单位 ${s(a.fileUnit)}，但 unit 字段写的是 ${s(a.unit)}`,
    en: (a) => `The file name says unit ${s(a.fileUnit)} but the unit field says ${s(a.unit)}`,
    fix: {
      zh: '台账文件名必须是 assignments/<单位id>.yaml，与 unit 字段一致。',
      en: 'Name the file assignments/<unit-id>.yaml, matching its unit field.',
    },
  },
  'assignment-missing-indicator': {
    zh: (a) => `指标体系将指标 ${s(a.id)} 分配给本单位，但台账中没有该指标`,
    en: (a) => `The catalog names this unit for indicator ${s(a.id)}, but its file does not list it`,
    fix: {
      zh: '运行 `ledger assign <指标> --unit <单位>`，或在该单位台账的 indicators 下加入此指标（status: 未完成）。',
      en: "Run `ledger assign <id> --unit <unit>`, or add the indicator under indicators in the unit's file (status: 未完成).",
    },
    fixFor: {
      zh: (a) => `运行 ledger assign ${s(a.id)} --unit ${s(a.unit)}（保留台账中的注释），或手工在 indicators 下加入此指标。`,
      en: (a) => `Run ledger assign ${s(a.id)} --unit ${s(a.unit)} (keeps the file's comments), or add it under indicators by hand.`,
    },
  },
  'assignment-not-responsible': {
    zh: (a) => `台账列出了指标 ${s(a.id)}，但该指标的责任单位（${s(a.responsible) || '无'}）既不包括本单位，也不包括其所属分组`,
    en: (a) =>
      `The file lists indicator ${s(a.id)}, but neither this unit nor one of its groups is responsible for it (${s(a.responsible) || 'none'})`,
    fix: {
      zh: '从台账中删除该指标，或在 units.yaml 中把本单位加入相应分组。',
      en: 'Remove the indicator from the file, or add the unit to the matching group in units.yaml.',
    },
  },
  'indicator-unassigned': {
    zh: (a) => `指标 ${s(a.id)} 有报送材料，但没有任何单位的台账承担它（责任单位：${s(a.responsible) || '无'}）`,
    en: (a) => `Indicator ${s(a.id)} has materials but no unit's file carries it (responsible: ${s(a.responsible) || 'none'})`,
    fix: {
      zh: '由领导小组办公室分配给承担它的单位：`ledger assign <指标> --unit <单位>`（可一次分配给多个单位，逐个运行）。',
      en: 'Hand it to the units that carry it: `ledger assign <id> --unit <unit>` (once per unit).',
    },
    fixFor: {
      zh: (a) => `运行 ledger assign ${s(a.id)} --unit <单位> 分配给承担它的单位${candidates(a, 'zh')}。`,
      en: (a) => `Run ledger assign ${s(a.id)} --unit <unit> for each unit that carries it${candidates(a, 'en')}.`,
    },
  },
  'codeowners-stale': {
    zh: (a) =>
      `${s(a.file)} 已过期：与按当前 units.yaml 的 owners、ledger.yaml 的 codeowners 和各单位台账生成的内容不同，拉取请求可能请错评审人`,
    en: (a) => `${s(a.file)} is stale: it differs from what the units' owners, ledger.yaml's codeowners and the assignments give now`,
    fix: {
      zh: '运行 `ledger codeowners` 重新生成并提交（只改动生成的文件）。',
      en: 'Run `ledger codeowners` to regenerate it, and commit.',
    },
  },
  'rules-changed': {
    zh: (a) =>
      `本次改动修改了规则（${a.catalog === 'yes' ? '指标体系的材料：指标 旧项数 → 新项数' : '设置或单位：旧 → 新'}）：` +
      `${joinList(a.changes, 'zh')}。本次检查按目标分支的规则评判`,
    en: (a) =>
      `This change edits the rules (${a.catalog === 'yes' ? 'catalog materials: indicator old count → new count' : 'settings or units: old → new'}): ` +
      `${joinList(a.changes, 'en')}. It is judged by the target branch's rules`,
    fix: {
      zh: '请协调人审阅这项规则改动：确有必要时批准合并，合并后新规则才生效；放宽规则（删去材料、提高上限、删去单位）要有依据。',
      en:
        'The coordinator reviews the rule change: it takes effect once merged; ' +
        'loosening a rule (dropping a material, raising a limit, removing a unit) needs a reason.',
    },
  },
  'review-changed-in-pr': {
    zh: (a) => `本次改动修改了材料${s(a.material)}的初评结论（评审记录由评审单位给出，不应由报送单位改写）：${joinList(a.changes, 'zh')}`,
    en: (a) =>
      `This change edits the 初评 verdict of material ${s(a.material)} (a verdict is the reviewing body's, not the unit's to write): ` +
      `${joinList(a.changes, 'en')}`,
    fix: {
      zh: '请协调人核对：这项结论确实由评审人用 `ledger review` 记录、文件哈希与评审时一致，再批准合并；否则退回这部分改动。',
      en:
        'The coordinator checks that the reviewer recorded this with `ledger review` and the hashes are those reviewed ' +
        'before approving; otherwise revert that part.',
    },
  },
  'material-missing': {
    zh: (a) =>
      `材料${s(a.material)}缺少证明文件：${mat(a)}（责任单位：${joinList(a.units, 'zh') || '未分配'}）` +
      (a.rejected?.length ? `；已有文件不能作为证明：${joinList(a.rejected, 'zh')}（原因见该文件的问题）` : '') +
      (a.notApplicableBy?.length
        ? `；${joinList(a.notApplicableBy, 'zh')}的台账标为“不涉及”，请在 index.yaml 中为该材料写 not_applicable 及原因`
        : '') +
      (a.changedFile ? `；本次改动删除、移走或改坏了 ${s(a.changedFile)}` : ''),
    en: (a) =>
      `Material ${s(a.material)} has no evidence: ${mat(a)} (responsible: ${joinList(a.units, 'en') || 'unassigned'})` +
      (a.changedFile ? `; this change deleted, moved or broke ${s(a.changedFile)}` : '') +
      (a.rejected?.length ? `; files that cannot count: ${joinList(a.rejected, 'en')} (see their own findings)` : '') +
      (a.notApplicableBy?.length
        ? `; ${joinList(a.notApplicableBy, 'en')} marks it 不涉及 in the ledger: record not_applicable with the reason in index.yaml`
        : ''),
    fix: {
      zh: '把 PDF 放入 evidence/<指标>/ 并以材料编号开头命名（如 2-典型案例.pdf）；确实不涉及的，在 index.yaml 中写明 not_applicable 及原因。',
      en: 'Put a PDF named with the material number (2-x.pdf) into the folder; when it does not apply, record not_applicable with the reason in index.yaml.',
    },
  },
  'claim-without-evidence': {
    zh: (a) =>
      `台账标记为“已完成”，但` +
      [
        a.materials?.length ? `材料 ${joinList(a.materials, 'zh')} 尚无证明文件` : '',
        a.returned?.length ? `材料 ${joinList(a.returned, 'zh')} 在初评中被退回` : '',
      ]
        .filter(Boolean)
        .join('，'),
    en: (a) =>
      'Marked 已完成 (done), but ' +
      [
        a.materials?.length ? `material(s) ${joinList(a.materials, 'en')} have no evidence` : '',
        a.returned?.length ? `material(s) ${joinList(a.returned, 'en')} were returned in the 初评` : '',
      ]
        .filter(Boolean)
        .join(', and '),
    fix: {
      zh: '补齐材料（被退回的按退回意见补正后请评审人复核），或把状态改回“未完成”。',
      en: 'Add the missing evidence (correct returned materials and have them reviewed again), or set the status back to 未完成.',
    },
  },
  'material-unknown': {
    zh: (a) => `文件名中的材料编号 ${s(a.material)} 在指标 ${s(a.id)} 中不存在（共 ${s(a.count)} 项材料）`,
    en: (a) => `Material number ${s(a.material)} does not exist for indicator ${s(a.id)} (it has ${s(a.count)})`,
    fix: {
      zh: '用 `ledger explain <指标>` 查看材料编号并改正文件名。',
      en: 'See `ledger explain <id>` for the material numbers and rename the file.',
    },
  },
  'write-leftover': {
    zh: (a) => `“${s(a.name)}”是 ledger 被中断的写入留下的临时文件，不是材料，也不证明任何材料`,
    en: (a) => `"${s(a.name)}" is a temporary file an interrupted ledger command left behind: not evidence, it covers nothing`,
    fix: {
      zh: '确认没有 ledger 命令正在运行后删除它。',
      en: 'Delete it once no ledger command is running.',
    },
  },
  'file-unassigned': {
    zh: (a) =>
      (a.inFolder === 'yes'
        ? `文件夹“${s(a.name)}”没有以材料编号开头，其中的文件不能证明任何材料`
        : '文件名没有以材料编号开头，无法判断它证明哪一项材料') + (a.suggestion ? `（建议改名为“${s(a.suggestion)}”）` : ''),
    en: (a) =>
      (a.inFolder === 'yes'
        ? `The folder "${s(a.name)}" does not start with a material number, so nothing in it covers a material`
        : 'The file name does not start with a material number, so it covers no material') +
      (a.suggestion ? ` (rename it "${s(a.suggestion)}")` : ''),
    fix: {
      zh: '重命名为“编号-名称”（如 2-典型案例.pdf、②典型案例.pdf、（2）典型案例.pdf、1+3-制度.pdf、1、3-制度.pdf），或放入编号子文件夹（2/、2-案例/）。',
      en: 'Rename it "<no>-<name>" (2-x.pdf, ②x.pdf, (2)x.pdf, 1+3-x.pdf, 1、3-x.pdf) or move it into a numbered subfolder (2/, 2-x/).',
    },
  },
  'unit-folder-unknown': {
    zh: (a, l) => `单位文件夹“@${s(a.name)}”不是 units.yaml 中的单位${mean(a, l)}，其中的文件不计入任何单位，也不能证明材料`,
    en: (a, l) =>
      `The unit folder "@${s(a.name)}" names no unit of units.yaml${mean(a, l)}; nothing in it counts for a unit or covers a material`,
    fix: {
      zh: '把文件夹改名为“@单位id”（或单位名称、别名），如 @suo-1；新单位先用 `ledger unit add` 添加。',
      en: 'Rename the folder "@<unit id>" (or the unit\'s name or alias), e.g. @suo-1; add a new unit with `ledger unit add` first.',
    },
  },
  'unit-folder-not-carrier': {
    zh: (a) =>
      `${s(a.unit)} 不承担指标 ${s(a.id)}（承担单位：${joinList(a.carriers, 'zh') || '未分配'}），其文件夹中的文件计入全局，但不出现在任何单位的台账中`,
    en: (a) =>
      `${s(a.unit)} does not carry indicator ${s(a.id)} (carried by: ${joinList(a.carriers, 'en') || 'unassigned'}); ` +
      "its folder's files count for the bureau but on no unit's row",
    fix: {
      zh: '把文件移到承担单位的 @单位 文件夹，或用 `ledger assign <指标> --unit <单位>` 让该单位承担此指标。',
      en: "Move the files to a carrying unit's @unit folder, or make the unit carry the indicator with `ledger assign <id> --unit <unit>`.",
    },
  },
  'exception-invalid': {
    zh: (a) => `index.yaml 中材料 ${s(a.material)} 的例外无效：${s(a.reason)}`,
    en: (a) => `The exception for material ${s(a.material)} in index.yaml is invalid: ${s(a.reason)}`,
    fix: {
      zh: '只为指标实际存在的材料编号写例外，每项最多一种。',
      en: 'Only list material numbers the indicator has, one exception each.',
    },
  },
  'same-as-invalid': {
    zh: (a) => `same_as 指向“${s(a.target)}”，但${s(a.reason) === 'outside' ? '目标不在本工作区' : '那里没有该材料或该材料本身也没有文件'}`,
    en: (a) =>
      `same_as points at "${s(a.target)}", but ${s(a.reason) === 'outside' ? 'that is outside the workspace' : 'no evidence for that material exists there'}`,
    fix: {
      zh: '写成“指标/材料编号”（如 "47/1"），并确认目标材料已有 PDF。',
      en: 'Write "<indicator>/<material>" (e.g. "47/1") and make sure the target has a PDF.',
    },
  },
  'secret-file-present': {
    zh: (a) => `材料 ${s(a.material)} 在 index.yaml 中标为涉密（不上传），但仓库中有它的文件`,
    en: (a) => `Material ${s(a.material)} is marked secret in index.yaml, but a file for it is in the repository`,
    fix: {
      zh: '涉密材料不得入库：删除该文件并从 git 历史中清除（git filter-repo），实地核验时提供纸质件。',
      en: 'Secret material must not be in the repository: delete it and purge it from git history (git filter-repo).',
    },
  },
  'evidence-folder-unknown': {
    zh: (a) =>
      `证据文件夹“${s(a.folder)}”不对应任何需要材料的指标` + (a.suggestion ? `（是否应为“${s(a.suggestion)}”？编号补足三位）` : ''),
    en: (a) =>
      `Evidence folder "${s(a.folder)}" matches no indicator that takes evidence` +
      (a.suggestion ? ` (did you mean "${s(a.suggestion)}"? ids have three digits)` : ''),
    fix: {
      zh: '文件夹名为三位指标编号（如 009 或 009-双随机一公开）或 B1、B2。',
      en: 'Name folders with the three-digit indicator id (009, 009-label) or B1, B2.',
    },
  },
  'evidence-folder-merged': {
    zh: (a) => `指标 ${s(a.id)} 与第 ${s(a.owner)} 项合并报送材料，这个文件夹里的文件不会被计入；请移到 evidence/${s(a.folder)}/`,
    en: (a) =>
      `Indicator ${s(a.id)} shares its materials with indicator ${s(a.owner)}; files here are not counted: move them to evidence/${s(a.folder)}/`,
    fix: {
      zh: '第 48 项的材料放在 047/，第 92–94 项的放在 091/；把文件移过去并删除这个文件夹。',
      en: "Indicator 48's materials go in 047/, 92–94's in 091/: move the files and remove this folder.",
    },
  },
  'evidence-folder-duplicate': {
    zh: (a) => `指标 ${s(a.id)} 有多个证据文件夹：${joinList(a.folders, 'zh')}`,
    en: (a) => `Indicator ${s(a.id)} has more than one evidence folder: ${joinList(a.folders, 'en')}`,
    fix: { zh: '合并为一个文件夹。', en: 'Merge them into one folder.' },
  },
  'review-returned': {
    zh: (a) =>
      `材料${s(a.material)}在初评中被退回：${s(a.note) || '未写原因'}（${s(a.by)}，${s(a.date)}），重新评审通过前不计入` +
      (a.changed?.length ? `；退回后已改动：${joinList(a.changed, 'zh')}` : ''),
    en: (a) =>
      `Material ${s(a.material)} was returned at the 初评 review: ${s(a.note) || 'no reason given'} (${s(a.by)}, ${s(a.date)}); ` +
      'it does not count until it passes a new review' +
      (a.changed?.length ? `; changed since: ${joinList(a.changed, 'en')}` : ''),
    fix: {
      zh: '按退回意见补正材料，再请评审人复核：ledger review <指标>/<材料> --pass --by <姓名>。',
      en: 'Fix the material as the note says, then have it reviewed again: ledger review <id>/<material> --pass --by <name>.',
    },
  },
  'review-stale': {
    zh: (a) => `材料${s(a.material)}初评通过（${s(a.by)}，${s(a.date)}）后文件有变动，需重新评审：${joinList(a.changed, 'zh')}`,
    en: (a) =>
      `Material ${s(a.material)} passed the 初评 review (${s(a.by)}, ${s(a.date)}) but its files changed since: ${joinList(a.changed, 'en')}`,
    fix: {
      zh: '请评审人复核改动后的材料，再运行 ledger review <指标>/<材料> --pass（或 --return）记录新结论。',
      en: 'Have the changed material reviewed again and record it with ledger review <id>/<material> --pass (or --return).',
    },
  },
  'review-invalid': {
    zh: (a) =>
      `初评记录中的文件路径“${s(a.path)}”无效：${s(a.reason) === 'outside' ? '不在工作区的 evidence/ 内，不会被读取' : s(a.reason)}`,
    en: (a) =>
      `The review names "${s(a.path)}": ${s(a.reason) === 'outside' ? "not inside the workspace's evidence/, never read" : s(a.reason)}`,
    fix: {
      zh: '不要手工编辑 review 的 files；用 ledger review 重新记录，它只写入 evidence/ 下的相对路径。',
      en: "Do not edit a review's files by hand; record the review again with ledger review (it writes evidence/-relative paths only).",
    },
  },
  'file-not-pdf': {
    zh: (a) => `不是 PDF 文件或 JPG/PNG 图片${s(a.kind) ? `（看起来是 ${s(a.kind)} 文件）` : ''}`,
    en: (a) => `Neither a PDF nor a JPG/PNG image${s(a.kind) ? ` (looks like ${s(a.kind)})` : ''}`,
    fix: {
      zh: '证明材料应为 PDF（照片、截图可为 JPG/PNG）：用 WPS/Office“另存为 PDF”或扫描为 PDF 后替换。',
      en: 'Evidence must be PDF (photos and screenshots may be JPG/PNG): export or scan it to PDF and replace the file.',
    },
  },
  'pdf-empty': {
    zh: () => '文件为空（0 字节）',
    en: () => 'The file is empty (0 bytes)',
    fix: { zh: '重新导出或重新复制该文件。', en: 'Export or copy the file again.' },
  },
  'pdf-corrupt': {
    zh: () => 'PDF 已损坏或不完整，无法打开',
    en: (a) => `The PDF is corrupt or truncated and cannot be opened${s(a.detail) ? ` (${s(a.detail)})` : ''}`,
    fix: {
      zh: '从原件重新导出或扫描；传输中断的文件请重新复制。',
      en: 'Export or scan it again from the original; copy it again if a transfer was interrupted.',
    },
  },
  'pdf-repaired': {
    zh: () => 'PDF 结构有损坏，阅读器需修复后才能打开',
    en: (a) => `The PDF is damaged; readers must repair it to open it${s(a.detail) ? ` (${s(a.detail)})` : ''}`,
    fix: {
      zh: '建议用原软件重新导出，避免评审系统无法打开。',
      en: 'Export it again from the original application so every reader opens it.',
    },
  },
  'pdf-no-pages': {
    zh: () => 'PDF 没有任何页面',
    en: () => 'The PDF has no pages',
    fix: { zh: '重新导出包含内容的 PDF。', en: 'Export the PDF again with its content.' },
  },
  'pdf-encrypted': {
    zh: () => 'PDF 设置了打开密码，评审时无法查看',
    en: () => 'The PDF needs a password to open; assessors cannot read it',
    fix: {
      zh: '去掉打开密码后重新导出（WPS/Acrobat：文档加密 → 取消），再替换文件。',
      en: 'Remove the open password, export again and replace the file.',
    },
  },
  'pdf-restricted': {
    zh: () => 'PDF 设置了权限密码（限制打印或复制）',
    en: () => 'The PDF has an owner password (printing or copying restricted)',
    fix: { zh: '建议去掉权限限制，以便合并成册和打印。', en: 'Remove the restrictions so the file can be bundled and printed.' },
  },
  'pdf-attachments-encrypted': {
    zh: () => 'PDF 的附件（嵌入文件）设置了密码，评审时无法打开附件',
    en: () => 'The PDF opens, but its attachments (embedded files) need a password',
    fix: {
      zh: '去掉附件的密码后重新导出；附件内容若是材料的一部分，请转为 PDF 页面一并提交。',
      en: 'Export it again without the attachment password; if the attachments are part of the evidence, include them as PDF pages.',
    },
  },
  'pdf-active-content': {
    zh: (a) => `PDF 含有可执行或外联内容（${activeZh(a)}）：报送材料只应有文内跳转和普通网页链接；合成材料册时这些内容会被去掉`,
    en: (a) =>
      `The PDF carries active content (${activeEn(a)}): a submission keeps only internal links and plain web links; bundle removes it`,
    fix: {
      zh: '用“打印为 PDF”另存一份（去掉脚本、附件和外部动作）后替换；附件内容若是材料的一部分，请转为 PDF 页面。',
      en: 'Print the file to PDF (which drops scripts, attachments and external actions) and replace it; turn needed attachments into PDF pages.',
    },
  },
  'pdf-too-complex': {
    zh: (a) => `PDF 超出检查限制（${limitZh(a)}），未能检查完毕`,
    en: (a) => `The PDF exceeds an inspection limit (${limitEn(a)}) and could not be checked`,
    fix: {
      zh: '用原软件重新导出，或用“打印为 PDF”另存一份结构简单的文件后替换；确属正常的大文件请拆分提交。',
      en: 'Export it again, or "print to PDF" to get a simpler file; split a genuinely large document into parts.',
    },
  },
  'pdf-too-large': {
    zh: (a) => `文件 ${s(a.sizeMb)} MB，超过上限 ${s(a.limitMb)} MB`,
    en: (a) => `The file is ${s(a.sizeMb)} MB, over the ${s(a.limitMb)} MB limit`,
    fix: {
      zh: '降低扫描分辨率（200–300 dpi 即可）或压缩后替换；上限可在 ledger.yaml 的 rules.max_pdf_mb 调整。',
      en: 'Scan at 200–300 dpi or compress it; the limit is rules.max_pdf_mb in ledger.yaml.',
    },
  },
  'filename-unsafe': {
    zh: (a) => `文件名在 Windows 上不可用：${s(a.reason)}`,
    en: (a) => `The file name is unusable on Windows: ${s(a.reason)}`,
    fix: {
      zh: '去掉 < > : " \\ | ? * 等字符、末尾的点或空格，名称不超过 150 个字符。',
      en: 'Remove < > : " \\ | ? *, trailing dots or spaces, and keep names within 150 characters.',
    },
  },
  'path-too-long': {
    zh: (a) => `路径长 ${a.length} 个字符：在 Windows 上解压或克隆到较深的文件夹后可能超过 260 个字符的路径上限，文件打不开`,
    en: (a) =>
      `The path is ${a.length} characters long: unzipped or cloned into a deep folder on Windows it may exceed the 260-character path limit`,
    fix: {
      zh: `缩短文件名或文件夹标签，使 evidence/ 起的路径不超过 ${MAX_PATH_CHARS} 个字符。`,
      en: `Shorten the file name or the folder label so that the path from evidence/ stays within ${MAX_PATH_CHARS} characters.`,
    },
  },
  'folder-too-many-files': {
    zh: (a) => `文件夹中有 ${a.count} 个文件或文件夹，超过上限 ${a.limit} 个：只检查了按名称排在前面的 ${a.limit} 个`,
    en: (a) => `The folder holds ${a.count} entries, over the limit of ${a.limit}: only the first ${a.limit} by name were checked`,
    fix: {
      zh: '按材料编号分到子文件夹（如 2-典型案例/2024/），或删去重复、无关的文件。',
      en: 'Split the files into subfolders (2-典型案例/2024/) or remove duplicate and unrelated files.',
    },
  },
  'filename-not-nfc': {
    zh: () => '文件名不是 NFC 规范形式（常见于 macOS 复制的文件），在其他系统上可能显示为两个不同的文件',
    en: () => 'The file name is not NFC-normalised (typical of macOS copies); other systems may see a different name',
    fix: { zh: '重命名该文件（重新输入文件名即可）。', en: 'Rename the file (retyping the name is enough).' },
  },
  symlink: {
    zh: (a) => `符号链接${s(a.outside) === 'yes' ? '指向工作区之外' : ''}，不会被读取`,
    en: (a) => `Symbolic link${s(a.outside) === 'yes' ? ' pointing outside the workspace' : ''}; it is not followed`,
    fix: {
      zh: '用真实文件替换链接；同一材料已在别处的，用 index.yaml 的 same_as。',
      en: 'Replace the link with the real file, or use same_as in index.yaml.',
    },
  },
  'filename-not-utf8': {
    zh: (a) => `文件名不是 UTF-8 编码（按 GB18030 解读为“${s(a.name)}”），其他系统无法正确显示或读取`,
    en: (a) => `The file name is not UTF-8 (read as GB18030 it is "${s(a.name)}"); other systems cannot show or read it`,
    fix: {
      zh: '重命名该文件（重新输入文件名即可）；来自 Windows 压缩包的，用 `unzip -O GBK` 重新解压。',
      en: 'Rename it (retype the name); for a Windows zip archive, unzip it again with `unzip -O GBK`.',
    },
  },
  'file-litter': {
    zh: (a) => `系统或编辑器产生的临时文件“${s(a.name)}”，不是证据材料`,
    en: (a) => `"${s(a.name)}" is a file left by the operating system or an editor, not evidence`,
    fix: {
      zh: '删除该文件（macOS 的 ._ 文件、Office 的 ~$ 临时文件、Thumbs.db、desktop.ini、.DS_Store）。',
      en: 'Delete it (macOS ._ files, Office ~$ lock files, Thumbs.db, desktop.ini, .DS_Store).',
    },
  },
  'duplicate-content': {
    zh: (a) => `与 ${s(a.other)} 内容完全相同${a.sameAs ? `：请在 index.yaml 中写 same_as: "${s(a.sameAs)}"，不必再放一份` : ''}`,
    en: (a) =>
      `Same content as ${s(a.other)}${a.sameAs ? `: record same_as: "${s(a.sameAs)}" in index.yaml instead of a second copy` : ''}`,
    fix: {
      zh: '只保留一份，另一处在 index.yaml 中写 same_as: "<指标>/<材料>"。',
      en: 'Keep one copy and record same_as: "<indicator>/<material>" in the other folder\'s index.yaml.',
    },
  },
  'confidential-marking': {
    zh: (a) => `${WHERE_ZH[s(a.where)] ?? '文件名'}含有密级标识“${s(a.word)}”：涉密材料不得上传`,
    en: (a) => `The ${WHERE_EN[s(a.where)] ?? 'file name'} carries the marking "${s(a.word)}": classified material must not be uploaded`,
    fix: {
      zh: '立即删除该文件并从 git 历史中清除（git filter-repo / BFG），在 index.yaml 中写 secret，实地核验时提供。',
      en: 'Delete the file and purge it from git history (git filter-repo / BFG); record secret in index.yaml and show it on site.',
    },
  },
  'evidence-too-old': {
    zh: (a) => `材料日期 ${s(a.date)} 早于 ${s(a.since)}（报送材料以2019年以来为主）`,
    en: (a) => `Dated ${s(a.date)}, before ${s(a.since)} (evidence should be from 2019 on)`,
    fix: { zh: '确认确需提供早期材料；否则换成近年的材料。', en: 'Keep it only if older evidence is really needed.' },
  },
  'statement-too-long': {
    zh: (a) => `情况说明共 ${s(a.count)} 字，超过 ${s(a.limit)} 字`,
    en: (a) => `The statement has ${s(a.count)} characters, over the limit of ${s(a.limit)}`,
    fix: { zh: '情况说明应简明扼要，一般600字；精简后再提交。', en: 'Keep statements short (600 characters as a rule).' },
  },
  'image-unreadable': {
    zh: (a) => `图片无法读取（${s(a.detail)}）`,
    en: (a) => `The image cannot be read (${s(a.detail)})`,
    fix: {
      zh: '重新拍摄或导出，保存为 JPG 或 PNG 后再添加；传输中断的文件请重新复制。',
      en: 'Take or export the picture again as JPG or PNG; copy an interrupted transfer again.',
    },
  },
  'image-broken': {
    zh: (a) => `图片不完整，文件被截断（${s(a.detail)}）`,
    en: (a) => `The image is incomplete: the file is cut short (${s(a.detail)})`,
    fix: {
      zh: '多为复制或传输中断：从原始设备或原文件重新复制后替换。',
      en: 'Usually an interrupted copy or transfer: copy it again from the camera or the original file.',
    },
  },
  'image-small': {
    zh: (a) => `图片只有 ${s(a.width)}×${s(a.height)} 像素，打印后难以看清（短边不足 ${s(a.min)} 像素）`,
    en: (a) => `The image is only ${s(a.width)}×${s(a.height)} pixels: too small to read in print (shorter side under ${s(a.min)})`,
    fix: {
      zh: '换用原图（不要用聊天软件压缩后的缩略图），或重新拍摄、扫描。',
      en: 'Use the original picture (not a thumbnail from a chat app), or take or scan it again.',
    },
  },
  'image-too-many-pixels': {
    zh: (a) => `图片声称 ${s(a.width)}×${s(a.height)} 像素，超过上限 ${s(a.limit)} 像素（打开时可能耗尽内存）`,
    en: (a) => `The image claims ${s(a.width)}×${s(a.height)} pixels, over the limit of ${s(a.limit)} (opening it may exhaust memory)`,
    fix: {
      zh: '照片按原图导出即可（6000 万像素以内）；扫描件用 300 dpi 重新扫描或另存为 PDF。',
      en: 'Export the photo as taken (up to 60 megapixels); scan documents at 300 dpi or save them as PDF.',
    },
  },
  'evidence-date-future': {
    zh: (a) => `拍摄日期 ${s(a.date)} 晚于今天 ${s(a.today)}，相机时间可能有误`,
    en: (a) => `Taken on ${s(a.date)}, after today (${s(a.today)}): the camera's clock may be wrong`,
    fix: {
      zh: '核对照片的实际拍摄时间；必要时在情况说明中写明，或换用日期正确的照片。',
      en: 'Check when the photo was really taken; say so in the statement, or use a photo with a correct date.',
    },
  },
  'links-unchecked': {
    zh: (a) => `本次联网检查已达请求数或时间上限，${s(a.count)} 条新闻链接未检查`,
    en: (a) => `This run's online check reached its limit of requests or time: ${s(a.count)} news links were not checked`,
    fix: {
      zh: '每次最多 1000 个请求、300 秒；链接很多时分指标运行 `ledger check --online --indicator …`。',
      en: 'A run makes at most 1,000 requests in 300 s; with many links, run `ledger check --online --indicator …` per indicator.',
    },
  },
  'file-extension-mismatch': {
    zh: (a) => `文件扩展名 ${s(a.ext) || '（无）'} 与内容不符：实际是 ${s(a.actual)}`,
    en: (a) => `The extension ${s(a.ext) || '(none)'} does not match the content: it is a ${s(a.actual)}`,
    fix: {
      zh: '把扩展名改为与内容相符的 .pdf、.jpg 或 .png，审阅人才能直接打开。',
      en: 'Rename it to the extension its content has (.pdf, .jpg or .png) so reviewers can open it.',
    },
  },
  'link-invalid': {
    zh: (a) =>
      s(a.reason) === 'scheme'
        ? `新闻链接 ${s(a.url)} 不是 http/https 地址（${s(a.scheme)}）：不计为材料`
        : `新闻链接 ${s(a.url)} 不是有效的网址：不计为材料`,
    en: (a) =>
      s(a.reason) === 'scheme'
        ? `The news link ${s(a.url)} is not an http/https address (${s(a.scheme)}): it does not count`
        : `The news link ${s(a.url)} is not a valid web address: it does not count`,
    fix: {
      zh: '从浏览器地址栏复制完整网址（以 http:// 或 https:// 开头）。',
      en: "Copy the whole address from the browser's address bar (starting with http:// or https://).",
    },
  },
  'link-duplicate': {
    zh: (a) => `新闻链接 ${s(a.url)} 已在 ${s(a.other)} 列出${a.sameAs ? `：同一材料请在 index.yaml 中写 same_as: "${s(a.sameAs)}"` : ''}`,
    en: (a) =>
      `The news link ${s(a.url)} is listed already under ${s(a.other)}${a.sameAs ? `: record same_as: "${s(a.sameAs)}" instead` : ''}`,
    fix: {
      zh: '同一篇报道只列一次；另一处材料相同时用 same_as: "<指标>/<材料>"。',
      en: 'List a report once; where the material is the same elsewhere use same_as: "<indicator>/<material>".',
    },
  },
  'link-dead': {
    zh: (a) => `新闻链接 ${s(a.url)} 无法访问（${s(a.reason)}）`,
    en: (a) => `The news link ${s(a.url)} cannot be reached (${s(a.reason)})`,
    fix: {
      zh: '在浏览器中打开确认；报道已撤下时换成转载地址，或将网页另存为 PDF 放入文件夹。',
      en: 'Open it in a browser; if the report was taken down, link a copy or save the page as PDF into the folder.',
    },
  },
  ...PROBLEM_DIAGNOSTICS,
};

/**
 * The wording of a code as stored findings need it. Their args were checked against the code when
 * the finding was made (diag()), so this is the one place they are taken back as that code's facts.
 */
function entryOf(code: Code): Entry {
  return DIAGNOSTIC_MESSAGES[code] as Entry;
}

export function renderDiagnostic(d: Pick<Diagnostic, 'code' | 'args'>, lang: Lang): string {
  return entryOf(d.code)[lang](d.args, lang);
}

/** What to do about one finding: exact when its code knows how (`fixFor`), else the code's general advice. */
export function renderFix(d: Pick<Diagnostic, 'code' | 'args'>, lang: Lang): string {
  const entry = entryOf(d.code);
  return entry.fixFor ? entry.fixFor[lang](d.args, lang) : entry.fix[lang];
}
