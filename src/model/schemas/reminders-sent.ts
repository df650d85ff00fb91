import { z } from 'zod';
import { isoDate, unitIdSchema } from './common.js';

export const REMIND_CHANNELS = ['email', 'wecom', 'dingtalk'] as const;
export type RemindChannel = (typeof REMIND_CHANNELS)[number];

const sentSchema = z
  .strictObject({
    unit: unitIdSchema,
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
      .meta({ description: 'The month whose deadline the reminder was for.' }),
    channel: z.enum(REMIND_CHANNELS).meta({ description: 'email, wecom (企业微信 robot) or dingtalk (钉钉 robot).' }),
    to: z.string().meta({ description: 'The address written to (e-mail), or the robot (wecom, dingtalk).' }),
    date: isoDate.meta({ description: 'The day it was sent.' }),
  })
  .meta({ description: 'One reminder sent.' });

/** `reminders-sent.yaml`: written by `ledger remind --send`, so nothing goes out twice. Not evidence. */
export const remindersSentFileSchema = z
  .strictObject({
    sent: z
      .array(sentSchema)
      .nullable()
      .default([])
      .transform((v) => v ?? []),
  })
  .meta({ title: 'reminders-sent.yaml', description: 'The reminders ledger remind sent: unit, month, channel, recipient, day.' });

export type SentReminder = z.infer<typeof sentSchema>;
