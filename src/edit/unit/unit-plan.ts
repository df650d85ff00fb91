import type { MessageRef } from '../../i18n/messages.js';

/** One file a unit command writes (content) or deletes (null), workspace-relative. */
export interface UnitWrite {
  path: string;
  content: string | null;
}

/** A line of what the command does or why it refuses: a sentence of i18n/unit-messages.ts and its args. */
export type UnitNote = MessageRef;

/** What a unit command would do: nothing is written unless there are no refusals. */
export interface UnitPlan {
  refusals: UnitNote[];
  changes: UnitNote[];
  writes: UnitWrite[];
}

export const refuse = (ref: UnitNote): UnitPlan => ({
  refusals: [ref],
  changes: [],
  writes: [],
});
