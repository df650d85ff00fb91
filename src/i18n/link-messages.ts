import { fixed, msg } from './lang.js';

/** What `ledger add --link` says: recording a news link (新闻链接) in an evidence folder's index.yaml. */
export const LINK_TEXT = {
  'help.add.link': fixed(
    '记录一条新闻链接（代替文件），写入该指标的 index.yaml',
    'record a news link (instead of files) in the indicator’s index.yaml',
  ),
  'help.add.title': fixed('新闻链接的报道标题（与网页一致）', 'the news link’s headline, as published'),
  'help.add.date': fixed('新闻链接的发布日期 YYYY-MM-DD', 'the news link’s publication date, YYYY-MM-DD'),
  'help.add.source': fixed('发布的媒体或网站（可选）', 'who published it (optional)'),
  'add.link.scheme': msg<'scheme' | 'url'>({
    zh: (a) => `${a.url} 不是网页地址（${a.scheme}:）：新闻链接只能是 http:// 或 https:// 开头的地址，未记录。`,
    en: (a) => `${a.url} is not a web address (${a.scheme}:): a news link must start with http:// or https://. Nothing recorded.`,
  }),
  'add.link.syntax': msg<'url'>({
    zh: (a) => `${a.url} 不是有效的网址，未记录。请复制浏览器地址栏中的完整地址（以 http:// 或 https:// 开头）。`,
    en: (a) => `${a.url} is not a valid address; nothing recorded. Copy the whole address from the browser (http:// or https://).`,
  }),
  'add.link.duplicate': msg<'here' | 'other' | 'url'>({
    zh: (a) =>
      a.here
        ? `${a.url} 已记录在 ${a.other}，未重复记录。`
        : `${a.url} 已记录在 ${a.other}，未重复记录。同一篇报道也证明本材料时，请在 index.yaml 中写 same_as: "${a.other}"。`,
    en: (a) =>
      a.here
        ? `${a.url} is already recorded under ${a.other}; not recorded twice.`
        : `${a.url} is already recorded under ${a.other}; not recorded twice. ` +
          `If the same report proves this material, write same_as: "${a.other}" in index.yaml.`,
  }),
  'add.link.with-files': fixed(
    '--link 记录一条新闻链接，不能同时添加文件。请分两次运行 ledger add。',
    '--link records one news link and takes no files. Run ledger add twice.',
  ),
  'add.link.flags-without-link': fixed(
    '--title、--date、--source 只用于新闻链接：请同时给出 --link <网址>。',
    '--title, --date and --source are for a news link: give --link <url> too.',
  ),
  'add.files-or-link': fixed(
    '请给出要添加的文件，或用 --link <网址> --title … --date … 记录新闻链接。',
    'Name the files to add, or record a news link with --link <url> --title … --date ….',
  ),
  'add.link.title-needed': fixed(
    '请用 --title 写明报道标题（与网页上的标题一致）。',
    'Give the headline with --title (as the page shows it).',
  ),
  'add.link.date-needed': fixed(
    '请用 --date 写明发布日期 YYYY-MM-DD，例如 --date 2026-05-12。',
    'Give the publication date with --date YYYY-MM-DD, e.g. --date 2026-05-12.',
  ),
  'add.link.bad-date': msg<'date'>({
    zh: (a) => `--date ${a.date} 不是有效日期。请写发布日期 YYYY-MM-DD，例如 --date 2026-05-12。`,
    en: (a) => `--date ${a.date} is not a date. Write the publication date as YYYY-MM-DD, e.g. --date 2026-05-12.`,
  }),
  'add.link.index-broken': msg<'file'>({
    zh: (a) => `${a.file} 有语法或格式错误，新闻链接未记录。请先按 ledger check 的提示修正该文件。`,
    en: (a) => `${a.file} has syntax or schema errors; the news link was not recorded. Fix it first (see ledger check).`,
  }),
  'add.link.index-outside': msg<'file'>({
    zh: (a) => `${a.file} 是符号链接或位于工作区之外，新闻链接未记录。请换成普通文件。`,
    en: (a) => `${a.file} is a symbolic link or lies outside the workspace; the news link was not recorded. Make it a regular file.`,
  }),
  'add.link.recorded': msg<'date' | 'file' | 'id' | 'no' | 'title'>({
    zh: (a) => `已记录新闻链接：指标 ${a.id} 材料${a.no}“${a.title}”（${a.date}）→ ${a.file}`,
    en: (a) => `Recorded the news link for indicator ${a.id} material ${a.no}: “${a.title}” (${a.date}) → ${a.file}`,
  }),
  'add.link.would-record': msg<'date' | 'file' | 'id' | 'no' | 'title'>({
    zh: (a) => `将记录新闻链接：指标 ${a.id} 材料${a.no}“${a.title}”（${a.date}）→ ${a.file}（试运行，未写入）`,
    en: (a) =>
      `Would record the news link for indicator ${a.id} material ${a.no}: “${a.title}” (${a.date}) → ${a.file} (dry run: not written)`,
  }),
  'add.link.too-old': msg<'date' | 'since'>({
    zh: (a) => `注意：发布日期 ${a.date} 早于 ${a.since}（ledger.yaml evidence_since），ledger check 会给出警告。`,
    en: (a) => `Note: the date ${a.date} is before ${a.since} (ledger.yaml evidence_since); ledger check will warn about it.`,
  }),
};
