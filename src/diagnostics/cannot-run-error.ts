import type { MessageKey } from '../i18n/messages.js';

/** A reason the command cannot run at all (exit code 2), rendered by the CLI in the user's language. */
export class CannotRunError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly args: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(args)}`);
    this.name = 'CannotRunError';
  }
}
