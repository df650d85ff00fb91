import { describe, expect, it } from 'vitest';
import { fillRemindTemplate, isTemplateError, parseRemindTemplate, type RemindValues } from '../../../src/format/remind/remind-template.js';
import { DEFAULT_REMIND_TEMPLATE, REMIND_PLACEHOLDERS } from '../../../src/model/remind-template.js';

const values = (over: Partial<RemindValues> = {}): RemindValues => ({
  ...(Object.fromEntries(REMIND_PLACEHOLDERS.map((p) => [p, `<${p}>`])) as RemindValues),
  ...over,
});

describe('the reminder template', () => {
  it('first line is the title (its # dropped), the rest the body; values are inserted as text only', () => {
    const t = parseRemindTemplate('\uFEFF# 提醒：{{ unit }}\r\n\r\n{{unit}} 请在 {{next_due}} 前完成：\r\n{{tasks}}\r\n\r\n');
    expect(isTemplateError(t)).toBe(false);
    if (isTemplateError(t)) return;
    const out = fillRemindTemplate(t, values({ unit: '法规科 {{tasks}}', next_due: '2026-12-04', tasks: '1. 甲\n2. 乙' }));
    expect(out.title).toBe('提醒：法规科 {{tasks}}');
    // a value that looks like a placeholder stays as it is: nothing is evaluated twice
    expect(out.body).toBe('法规科 {{tasks}} 请在 2026-12-04 前完成：\n1. 甲\n2. 乙\n');
  });

  it('an unknown placeholder is an error naming its line and the placeholder as written', () => {
    expect(parseRemindTemplate('# t\n正文\n请于 {{截止日}} 前\n')).toEqual({ line: 3, placeholder: '{{截止日}}' });
    expect(parseRemindTemplate('# {{unit}} {{ Unit }}\n')).toEqual({ line: 1, placeholder: '{{ Unit }}' });
    // single braces and unclosed ones are plain text
    const t = parseRemindTemplate('# a\n{unit} {{unit\n');
    expect(isTemplateError(t)).toBe(false);
  });

  it('the built-in templates use only known placeholders', () => {
    for (const text of Object.values(DEFAULT_REMIND_TEMPLATE)) expect(isTemplateError(parseRemindTemplate(text))).toBe(false);
  });
});
