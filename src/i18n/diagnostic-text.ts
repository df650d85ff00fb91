import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic, DiagnosticArgs } from '../diagnostics/diagnostic.js';
import { MAX_PATH_CHARS } from '../model/file-names.js';
import { renderExpected } from './expected-text.js';
import type { Lang } from './lang.js';

type Render = (a: DiagnosticArgs, lang: Lang) => string;
interface Entry {
  zh: Render;
  en: Render;
  /** what to do about it (README and `--verbose` text output) */
  fix: { zh: string; en: string };
}

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

/** Every diagnostic's wording, in both languages, and what the user should do. */
export const DIAGNOSTIC_MESSAGES: Record<Code, Entry> = {
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
    zh: (a) => `无法读取文件（${s(a.detail)}）`,
    en: (a) => `Cannot read the file (${s(a.detail)})`,
    fix: {
      zh: '确认文件存在且有读取权限；缺少 units.yaml 时可运行 `ledger init` 补齐（不会覆盖已有文件）。',
      en: 'Make sure the file exists and is readable; `ledger init` recreates missing files without overwriting any.',
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
      zh: '在该单位台账的 indicators 下加入此指标（status: 未完成）。',
      en: "Add the indicator under indicators in the unit's file (status: 未完成).",
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
      zh: '由领导小组办公室将其分配给具体单位：在相应单位台账的 indicators 下加入此指标。',
      en: 'Hand it to units: list it in the files of the member units that carry it.',
    },
  },
  'material-missing': {
    zh: (a) =>
      `材料${s(a.material)}缺少证明文件：${mat(a)}（责任单位：${s(a.units) || '未分配'}）` +
      (a.rejected ? `；已有文件不能作为证明：${s(a.rejected)}（原因见该文件的问题）` : '') +
      (a.notApplicableBy ? `；${s(a.notApplicableBy)}的台账标为“不涉及”，请在 index.yaml 中为该材料写 not_applicable 及原因` : ''),
    en: (a) =>
      `Material ${s(a.material)} has no evidence: ${mat(a)} (responsible: ${s(a.units) || 'unassigned'})` +
      (a.rejected ? `; files that cannot count: ${s(a.rejected)} (see their own findings)` : '') +
      (a.notApplicableBy
        ? `; ${s(a.notApplicableBy)} marks it 不涉及 in the ledger: record not_applicable with the reason in index.yaml`
        : ''),
    fix: {
      zh: '把 PDF 放入 evidence/<指标>/ 并以材料编号开头命名（如 2-典型案例.pdf）；确实不涉及的，在 index.yaml 中写明 not_applicable 及原因。',
      en: 'Put a PDF named with the material number (2-x.pdf) into the folder; when it does not apply, record not_applicable with the reason in index.yaml.',
    },
  },
  'claim-without-evidence': {
    zh: (a) => `台账标记为“已完成”，但材料 ${s(a.materials)} 尚无证明文件`,
    en: (a) => `Marked 已完成 (done), but material(s) ${s(a.materials)} have no evidence`,
    fix: { zh: '补齐材料，或把状态改回“未完成”。', en: 'Add the missing evidence or set the status back to 未完成.' },
  },
  'material-unknown': {
    zh: (a) => `文件名中的材料编号 ${s(a.material)} 在指标 ${s(a.id)} 中不存在（共 ${s(a.count)} 项材料）`,
    en: (a) => `Material number ${s(a.material)} does not exist for indicator ${s(a.id)} (it has ${s(a.count)})`,
    fix: {
      zh: '用 `ledger explain <指标>` 查看材料编号并改正文件名。',
      en: 'See `ledger explain <id>` for the material numbers and rename the file.',
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
    zh: (a) => `指标 ${s(a.id)} 有多个证据文件夹：${s(a.folders)}`,
    en: (a) => `Indicator ${s(a.id)} has more than one evidence folder: ${s(a.folders)}`,
    fix: { zh: '合并为一个文件夹。', en: 'Merge them into one folder.' },
  },
  'file-not-pdf': {
    zh: (a) => `不是 PDF 文件${s(a.kind) ? `（看起来是 ${s(a.kind)} 文件）` : ''}`,
    en: (a) => `Not a PDF file${s(a.kind) ? ` (looks like ${s(a.kind)})` : ''}`,
    fix: {
      zh: '证明材料必须是 PDF：用 WPS/Office“另存为 PDF”或扫描为 PDF 后替换。',
      en: 'Evidence must be PDF: export or scan it to PDF and replace the file.',
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
    zh: (a) => `${s(a.where) === 'metadata' ? 'PDF 元数据' : '文件名'}含有密级标识“${s(a.word)}”：涉密材料不得上传`,
    en: (a) =>
      `The ${s(a.where) === 'metadata' ? 'PDF metadata' : 'file name'} carries the marking "${s(a.word)}": classified material must not be uploaded`,
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
};

export function renderDiagnostic(d: Diagnostic, lang: Lang): string {
  return DIAGNOSTIC_MESSAGES[d.code][lang](d.args, lang);
}
