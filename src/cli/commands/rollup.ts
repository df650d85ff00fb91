import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import type { Runner } from '../context.js';

export function registerRollup(_program: Command, _lang: Lang, _runner: Runner): void {}
