import { fixed, joinList, msg, type AnyMessage } from './lang.js';

/** What the writer's journal and the deferred Ctrl-C make ledger say (util/atomic-write.ts, cli/apply-writes.ts). */
export const WRITE_TEXT = {
  'write.recovered.rolled-back': msg<'count', 'files'>({
    zh: (a) => `上次的写入被中断，已撤销：${a.count} 个文件恢复为写入前的内容（${joinList(a.files, 'zh')}）。`,
    en: (a) =>
      `An interrupted set of writes was rolled back: ${a.count} file(s) hold their previous content again (${joinList(a.files, 'zh')}).`,
  }),
  'write.recovered.completed': msg<'count', 'files'>({
    zh: (a) => `上次的写入被中断，已补完：${a.count} 个文件均为新内容（${joinList(a.files, 'zh')}）。`,
    en: (a) => `An interrupted set of writes was completed: ${a.count} file(s) hold their new content (${joinList(a.files, 'en')}).`,
  }),
  'write.recover-failed': msg<'file' | 'detail'>({
    zh: (a) => `无法完成或撤销上次被中断的写入（${a.file}）：${a.detail}。请按该文件列出的 .tmp 副本手工恢复后删除它。`,
    en: (a) =>
      `Cannot complete or roll back the interrupted set of writes (${a.file}): ${a.detail}. Restore from the .tmp copies it lists, then delete it.`,
  }),
  'write.interrupted': fixed(
    '已中断：正在进行的一组写入已全部完成后才退出。',
    'Interrupted: the set of writes under way was finished first.',
  ),
  'write.changed': msg<'file'>({
    zh: (a) => `${a.file} 在读取之后被修改了：未写入任何文件，请重新运行。`,
    en: (a) => `${a.file} changed after it was read: nothing was written; run the command again.`,
  }),
  'write.exists': msg<'file'>({
    zh: (a) => `${a.file} 已存在：不会覆盖，未写入任何文件。`,
    en: (a) => `${a.file} already exists: it is never overwritten, and nothing was written.`,
  }),
  'write.failed': msg<'file' | 'detail'>({
    zh: (a) => `无法写入 ${a.file}：${a.detail}。未改动任何文件。`,
    en: (a) => `Cannot write ${a.file}: ${a.detail}. No file was changed.`,
  }),
} satisfies Record<string, AnyMessage>;
