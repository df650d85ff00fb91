/**
 * The longest workspace-relative path (UTF-16 units, as Windows counts them) that still opens on
 * Windows once the workspace is unzipped or cloned up to 60 characters deep
 * (`C:\Users\张三\Desktop\ledger-main\` is 33): Windows paths stop at 260 (MAX_PATH).
 */
export const MAX_PATH_CHARS = 200;

/** Why a file or folder name is unusable on Windows, or undefined when it is fine. */
export function windowsUnsafeReason(name: string): string | undefined {
  const bad = name.match(/[<>:"\\/|?*\u0000-\u001F]/u);
  if (bad) return `contains "${bad[0]}"`;
  if (/[. ]$/.test(name)) return 'ends with a dot or space';
  if ([...name].length > 150) return `longer than 150 characters (${[...name].length})`;
  if (/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i.test(name)) return 'a reserved device name';
  return undefined;
}

/** The longest unit name used as it is in an output file's name (`初评-<name>.pdf`). */
const MAX_OUTPUT_NAME = 60;

/**
 * Why a name taken from workspace text (a unit's name in units.yaml, which may come from a pull
 * request) cannot serve as an output file's name, or undefined when it can: it must be one path
 * segment (no `/` or `\`, not `.` or `..`), usable on Windows, no invisible or control characters
 * (a right-to-left mark can disguise an extension), nothing a spreadsheet takes for a formula at
 * its start, at most 60 characters.
 */
export function outputNameUnsafeReason(name: string): string | undefined {
  if (name.trim() === '') return 'empty';
  if (name === '.' || name === '..') return `"${name}" is not a name`;
  const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.exec(name);
  if (invisible) return `contains U+${invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const windows = windowsUnsafeReason(name);
  if (windows) return windows;
  if (/^[=+\-@]/.test(name)) return `starts with "${name[0]}"`;
  if ([...name].length > MAX_OUTPUT_NAME) return `longer than ${MAX_OUTPUT_NAME} characters (${[...name].length})`;
  return undefined;
}

/** Classification markings that must never be in the repository (涉密材料不上传). */
export const SECRET_WORDS = ['涉密', '绝密', '机密', '秘密'] as const;

/** Explicit negations (不涉密承诺, 非涉密) say the opposite and are not markings. */
const NEGATED = /(?:非|不|无)(?:涉密|秘密|机密|绝密)/gu;

/**
 * Traditional and variant forms folded to the simplified ones the markings are written with:
 * 機密, 絕密, 祕密 (and 秘密 written 祕), 渉 (the Japanese form of 涉). ㊙ (U+3299, the 秘 seal
 * stamped on classified papers) is a marking on its own: NFKC alone would make it a bare 秘.
 */
const FOLD: Record<string, string> = { 機: '机', 絕: '绝', 絶: '绝', 祕: '秘', 渉: '涉', '\u3299': '秘密' };
const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

/**
 * Invisible characters that can be typed inside a word without changing how it looks: zero-width
 * space, non-joiner and joiner, directional marks (U+200B–U+200F), word joiner (U+2060), byte
 * order mark (U+FEFF) and the soft hyphen; with them every other format character (\p{Cf}).
 */
const INVISIBLE = /[\p{Cf}\u200b-\u200f\u2060\ufeff\u00ad]/gu;

/** A text as markings are compared: NFKC (full-width forms, compatibility ideographs), no invisible characters, simplified forms. */
function normaliseForMarking(text: string): string {
  return text
    .replace(FOLDED, (c) => FOLD[c]!)
    .normalize('NFKC')
    .replace(INVISIBLE, '');
}

/** The classification marking a text carries, if any (in the simplified form of SECRET_WORDS). */
export function secretMarking(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = normaliseForMarking(text).replace(NEGATED, '');
  return SECRET_WORDS.find((w) => t.includes(w));
}
