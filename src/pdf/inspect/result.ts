import type { ActiveKind } from '../document/active-content.js';
import type { PdfLimitName } from '../limits.js';

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
  /** the document opens without a password but its embedded files (attachments) need one: only
   *  they are encrypted (/StmF and /StrF /Identity, /EFF). encryption is then 'none'. */
  attachmentsEncrypted?: boolean;
  /** 'repaired': readable only by reconstructing (bad xref, bad startxref, truncated, junk before
   *  header…); 'fatal': cannot be opened at all. */
  damage: 'none' | 'repaired' | 'fatal';
  /** short English explanation of what is wrong, when something is */
  detail?: string;
  version?: string;
  /** set when the file needed more work than one file may cost (see PDF_LIMITS): which limit it
   *  reached. damage is then 'fatal', although the file may open in a reader given enough time. */
  limit?: PdfLimitName;
  /** Info dictionary strings decoded to JS strings (decrypted when the file opens without a
   *  password); XMP dc:title / dc:description / pdf:Keywords fill gaps the Info dictionary leaves. */
  info: PdfInfo;
  /** Text of all the metadata — every Info entry (custom ones too) and the whole XMP packet,
   *  also where it disagrees with Info — reduced to its runs of non-ASCII characters, each once
   *  (at most 32 K characters). For checks that must see markings such as 机密 wherever they are;
   *  absent when there is no such text. */
  metadataText?: string[];
  /** What the file carries that runs, launches, sends, fetches or plays (JavaScript, Launch,
   *  SubmitForm, a javascript: URI, a file attachment annotation…), each kind once; absent when
   *  it carries nothing but internal links and http(s) links. */
  activeContent?: ActiveKind[];
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
  /** how long a worker thread may spend on one file before it is stopped (default 60 s); the
   *  inspector stops itself earlier (PDF_LIMITS.seconds), so this only ends a stuck worker */
  fileTimeoutMs?: number;
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
