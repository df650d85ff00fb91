/** Public result shape of the PDF inspector. One per file; never thrown, always returned. */
export interface PdfInspection {
  /** false when no `%PDF-` header is found in the first 1024 bytes (junk or comment lines before
   *  the header are allowed: that is still a PDF). */
  isPdf: boolean;
  /** zero-byte file */
  empty: boolean;
  /** page count, null when it cannot be determined */
  pages: number | null;
  /** 'open-password': a user password is needed to open (neither the empty user nor the empty
   *  owner password authenticates); 'owner-restricted': encrypted but opens without a password. */
  encryption: 'none' | 'open-password' | 'owner-restricted';
  /** 'repaired': readable only by reconstructing (bad xref, bad startxref, truncated, junk before
   *  header…); 'fatal': cannot be opened at all. */
  damage: 'none' | 'repaired' | 'fatal';
  /** short English explanation of what is wrong, when something is */
  detail?: string;
  version?: string;
  /** Info dictionary strings decoded to JS strings (decrypted when the file opens without a
   *  password); XMP dc:title / dc:description / pdf:Keywords fill gaps the Info dictionary leaves. */
  info: PdfInfo;
}

export interface PdfInfo {
  title?: string;
  subject?: string;
  keywords?: string;
  author?: string;
  creator?: string;
  producer?: string;
  /** ISO 8601, from D:YYYYMMDDHHmmSS±HH'mm */
  creationDate?: string;
}

export interface InspectManyOptions {
  /** worker threads to use; default os.availableParallelism() */
  concurrency?: number;
  /** called after each file with the number finished so far */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The result for a file that cannot be opened at all: no pages, damage 'fatal'. By default the
 * file was not even read as a PDF; pass isPdf (and the header's version) when it was.
 */
export function fatalResult(detail: string, opts: { isPdf?: boolean; empty?: boolean; version?: string } = {}): PdfInspection {
  return {
    isPdf: opts.isPdf ?? false,
    empty: opts.empty ?? false,
    pages: null,
    encryption: 'none',
    damage: 'fatal',
    detail,
    ...(opts.version ? { version: opts.version } : {}),
    info: {},
  };
}
