/** Arguments of a message: the CLI words them through src/i18n/unit-text.ts. */
type MessageArgs = Record<string, string | number>;

/** One file a unit command writes (content) or deletes (null), workspace-relative. */
export interface UnitWrite {
  path: string;
  content: string | null;
}

/** A line of what the command does or why it refuses: a message key of unit-text.ts and its args. */
export interface UnitNote {
  key: UnitMessageKey;
  args: MessageArgs;
}

export type UnitMessageKey =
  | 'unit.change.units'
  | 'unit.change.alias'
  | 'unit.change.groups'
  | 'unit.change.responsibilities'
  | 'unit.change.assignments-moved'
  | 'unit.change.assignments-renamed'
  | 'unit.change.assignments-deleted'
  | 'unit.change.problems'
  | 'unit.change.codeowners'
  | 'unit.refuse.old-layout'
  | 'unit.refuse.same'
  | 'unit.refuse.file-broken'
  | 'unit.refuse.status-conflict'
  | 'unit.refuse.taken'
  | 'unit.refuse.bad-id'
  | 'unit.refuse.referenced';

/** What a unit command would do: nothing is written unless there are no refusals. */
export interface UnitPlan {
  refusals: UnitNote[];
  changes: UnitNote[];
  writes: UnitWrite[];
}

export const refuse = (key: UnitMessageKey, args: MessageArgs = {}): UnitPlan => ({
  refusals: [{ key, args }],
  changes: [],
  writes: [],
});
