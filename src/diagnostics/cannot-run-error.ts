import type { MessageArgs } from '../i18n/lang.js';
import type { MessageCall, MessageKey, MessageRef } from '../i18n/messages.js';

/**
 * A reason the command cannot run at all (exit code 2), rendered by the CLI in the user's language.
 * `new CannotRunError(key, args)`: the arguments are checked against the message's.
 */
export class CannotRunError extends Error {
  readonly key: MessageKey;
  readonly args: MessageArgs;
  constructor(...call: MessageCall) {
    const [key, args] = call;
    super(`${key} ${JSON.stringify(args ?? {})}`);
    this.name = 'CannotRunError';
    this.key = key;
    this.args = (args ?? {}) as MessageArgs;
  }

  /** The message to print. */
  get ref(): MessageRef {
    return { key: this.key, args: this.args } as MessageRef;
  }
}
