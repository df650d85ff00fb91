import type { Reminders, UnitReminder } from '../../check/remind/reminders.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { RemindPlaceholder } from '../../model/remind-template.js';
import { escapeMarkdown, renderTasks, type RemindFormat } from './remind-tasks.js';
import { fillRemindTemplate, type RemindTemplate, type RemindValues } from './remind-template.js';

/** One unit's reminder as it is printed or sent. */
export interface RemindMessage {
  unit: string;
  name: string;
  email: string | null;
  /** plain text: the e-mail's subject, the robot message's heading */
  title: string;
  /** in the chosen format */
  body: string;
}

/** The values of a unit's placeholders, as plain text (`tasks` already in its format). */
function values(r: Reminders, u: UnitReminder, lang: Lang, format: RemindFormat): RemindValues {
  const d = r.deadline;
  const v: Record<Exclude<RemindPlaceholder, 'tasks'>, string> = {
    organization: r.organization,
    unit: u.name,
    contact: u.contact,
    today: r.today,
    next_due: d.nextDue,
    days_left: String(d.daysLeft),
    month: r.month,
    stage: d.stage ? t(lang, 'remind.stage', { stage: d.stage.name, due: d.stage.due, days: d.stage.daysLeft }) : '',
    stage_due: d.stage?.due ?? '',
    count: String(u.tasks.length),
  };
  if (format === 'markdown') for (const k of Object.keys(v) as (keyof typeof v)[]) v[k] = escapeMarkdown(v[k]);
  return { ...v, tasks: renderTasks(u, lang, format) };
}

/** Every unit's reminder through the template (the workspace's, or the built-in one). */
export function remindMessages(r: Reminders, template: RemindTemplate, lang: Lang, format: RemindFormat): RemindMessage[] {
  return r.units.map((u) => {
    const plain = fillRemindTemplate(template, values(r, u, lang, 'text'));
    const body = format === 'text' ? plain.body : fillRemindTemplate(template, values(r, u, lang, format)).body;
    return { unit: u.id, name: u.name, email: u.email, title: plain.title, body };
  });
}

/** The messages one after the other, for the terminal or pasting: a title above each, a rule between. */
export function printedMessages(messages: RemindMessage[], format: RemindFormat): string {
  const one = (m: RemindMessage): string =>
    format === 'markdown' ? `# ${escapeMarkdown(m.title)}\n\n${m.body}` : `${m.title}\n\n${m.body}`;
  return messages.map(one).join(format === 'markdown' ? '\n---\n\n' : `\n${'─'.repeat(40)}\n\n`);
}
