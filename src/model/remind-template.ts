/**
 * The wording of a reminder (`ledger remind`), editable by the coordinator in the workspace at
 * REMIND_TEMPLATE_FILE. The first line is the title (the e-mail's subject, the robot message's
 * heading; a leading `# ` is dropped in text); the rest is the body. `{{name}}` is replaced by
 * a value; nothing else is interpreted (no code, no HTML).
 */
export const REMIND_TEMPLATE_FILE = 'templates/remind.md';

/** The placeholders a template may use, with what each is replaced by (docs/督导与提醒.md lists them). */
export const REMIND_PLACEHOLDERS = [
  'organization',
  'unit',
  'contact',
  'today',
  'next_due',
  'days_left',
  'month',
  'stage',
  'stage_due',
  'count',
  'tasks',
] as const;

export type RemindPlaceholder = (typeof REMIND_PLACEHOLDERS)[number];

/** The built-in wording: used when the workspace has no template, and what `ledger init` writes. */
export const DEFAULT_REMIND_TEMPLATE = {
  zh: [
    '# {{organization}}法治政府建设示范创建工作提醒（{{unit}}）',
    '{{unit}}：',
    '',
    '下一个报送截止日是 {{next_due}}（还有 {{days_left}} 天）{{stage}}。请在此之前完成以下 {{count}} 项工作：',
    '',
    '{{tasks}}',
    '',
    '完成后请提交材料并更新工作台账；有疑问请联系领导小组办公室。',
    '（{{today}} 由 ledger remind 生成）',
    '',
  ].join('\n'),
  en: [
    '# {{organization}}: reminder for {{unit}}',
    '{{unit}}:',
    '',
    'The next deadline is {{next_due}} ({{days_left}} days left){{stage}}. Before then, please do these {{count}} things:',
    '',
    '{{tasks}}',
    '',
    'When done, hand in the materials and update the ledger; ask the coordinators if anything is unclear.',
    '(made by ledger remind on {{today}})',
    '',
  ].join('\n'),
};
