/** Why a file or folder name is unusable on Windows, or undefined when it is fine. */
export function windowsUnsafeReason(name: string): string | undefined {
  const bad = name.match(/[<>:"\\|?*\u0000-\u001F]/u);
  if (bad) return `contains "${bad[0]}"`;
  if (/[. ]$/.test(name)) return 'ends with a dot or space';
  if ([...name].length > 150) return `longer than 150 characters (${[...name].length})`;
  if (/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i.test(name)) return 'a reserved device name';
  return undefined;
}

/** Classification markings that must never be in the repository (涉密材料不上传). */
export const SECRET_WORDS = ['涉密', '绝密', '机密', '秘密'] as const;

/** Explicit negations (不涉密承诺, 非涉密) say the opposite and are not markings. */
const NEGATED = /(?:非|不|无)(?:涉密|秘密|机密|绝密)/gu;

/** The classification marking a text carries, if any. */
export function secretMarking(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.normalize('NFKC').replace(NEGATED, '');
  return SECRET_WORDS.find((w) => t.includes(w));
}
