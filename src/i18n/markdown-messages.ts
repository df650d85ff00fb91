import { fixed, msg, type AnyMessage } from './lang.js';

/** The Markdown report (`--format markdown`): CI job summaries and pull-request comments. */
export const MARKDOWN_TEXT = {
  'md.title': fixed('ledger 检查结果', 'ledger check'),
  'md.title.changed': msg<'ref'>({
    zh: (a) => `ledger 检查结果：本次改动（自 \`${a.ref}\` 以来）`,
    en: (a) => `ledger check: this change (since \`${a.ref}\`)`,
  }),
  'md.verdict.ok': fixed('✅ 没有需要本次改动处理的错误。', '✅ No error for this change to fix.'),
  'md.verdict.ok.full': fixed('✅ 没有错误。', '✅ No errors.'),
  'md.verdict.errors': msg<'errors' | 'warnings'>({
    zh: (a) => `❌ 错误 ${a.errors} 个，警告 ${a.warnings} 个：修正后才能合并。`,
    en: (a) => `❌ ${a.errors} error(s), ${a.warnings} warning(s): fix them before merging.`,
  }),
  'md.verdict.warnings': msg<'warnings'>({ zh: (a) => `⚠️ 警告 ${a.warnings} 个。`, en: (a) => `⚠️ ${a.warnings} warning(s).` }),
  'md.governing': fixed(
    '本次改动修改了 ledger.yaml、units.yaml 或指标体系：按目标分支的规则评判，新规则合并后才生效；规则的改动列为待审阅的警告（rules-changed）。',
    'This change edits ledger.yaml, units.yaml or the catalog: it is judged by the target branch’s rules ' +
      '(the new ones apply once merged); the rule change is listed for review (rules-changed).',
  ),
  'md.covered.heading': msg<'count'>({
    zh: (a) => `本次改动新覆盖的材料（${a.count} 项）`,
    en: (a) => `Materials this change covers (${a.count})`,
  }),
  'md.covered.columns': fixed('指标|材料|文件|单位', 'Indicator|Material|Files|Units'),
  'md.covered.none': fixed('本次改动没有新覆盖任何材料。', 'This change covers no new material.'),
  'md.problems.heading': msg<'count'>({ zh: (a) => `需要处理的问题（${a.count}）`, en: (a) => `Problems to fix (${a.count})` }),
  'md.problems.columns': fixed('|位置|问题|怎么办', '|Where|Problem|What to do'),
  'md.missing.heading': msg<'count' | 'scope'>({
    zh: (a) => `${a.scope}仍缺的材料（${a.count} 项指标）`,
    en: (a) => `Still missing${a.scope ? ` ${a.scope}` : ''} (${a.count} indicators)`,
  }),
  'md.missing.scope.changed': fixed('所涉指标', 'for the indicators this change touches'),
  'md.missing.scope.all': fixed('', ''),
  'md.overview.heading': fixed('总体进度', 'Overall progress'),
  'md.overview.columns': fixed(
    '单位|指标|台账已完成|材料齐全|材料已有/应报|待提交|有问题',
    'Unit|Indicators|Ledger done|Complete|Materials|To do|Faulty',
  ),
  'md.more': msg<'count'>({
    zh: (a) => `……另有 ${a.count} 条，见完整日志（ledger check）。`,
    en: (a) => `…and ${a.count} more: see the full log (ledger check).`,
  }),
} satisfies Record<string, AnyMessage>;
