import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './format-options.js';
import { formatCodequality } from './codequality.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

export type Formatter = (diagnostics: Diagnostic[], ctx: FormatContext) => string;

export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
  codequality: formatCodequality,
} satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
export type { FormatContext } from './format-options.js';
export { PLAIN } from './format-options.js';
