import { z } from 'zod';

/** `.ledger/kit.json`: which vendored kit CI installs, pinned by SHA-256 (the generated CI checks it). */
export const KIT_DIR = '.ledger';
export const KIT_MANIFEST = `${KIT_DIR}/kit.json`;

export const kitManifestSchema = z.object({
  version: z.string(),
  /** the file beside kit.json: a plain name, so CI never reads outside .ledger/ */
  file: z.string().regex(/^fazhi-ledger-[\w.+-]+\.tgz$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type KitManifest = z.infer<typeof kitManifestSchema>;

/** The manifest text, stable key order. */
export function kitManifestText(m: KitManifest): string {
  return `${JSON.stringify({ version: m.version, file: m.file, sha256: m.sha256 }, null, 2)}\n`;
}

/** The parsed manifest, or null when it is absent or not one (then it is replaced like a missing one only with --update). */
export function parseKitManifest(text: string | null): KitManifest | null {
  if (text === null) return null;
  try {
    const r = kitManifestSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
