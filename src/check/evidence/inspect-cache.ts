import type { PdfInspection } from '../../pdf/index.js';
import { createDiskCache, type DiskCache } from '../../util/disk-cache.js';
import type { ImageInspection } from './inspect-image.js';

/** What a file looked like when it was inspected: any change to these invalidates the entry. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

interface CacheEntry extends FileStamp {
  inspection?: PdfInspection;
  image?: ImageInspection;
  sha256?: string;
}

const VERSION = 1;

/**
 * Inspection results and content hashes by workspace-relative path, in `.ledger-cache/`.
 * Keyed by size, mtime, ctime and inode, so an edited, replaced or touched file is re-examined.
 */
export class InspectCache {
  private entries = new Map<string, CacheEntry>();
  private dirty = false;

  constructor(private readonly file: DiskCache | null) {
    const data = file?.read() as { version: number; tool: string; entries: Record<string, CacheEntry> } | null | undefined;
    const ok = data?.version === VERSION && data.tool === TOOL_STAMP && typeof data.entries === 'object' && data.entries !== null;
    // Entries are checked when used (fresh() compares every stamp field); one that is not an object is dropped here.
    if (ok) this.entries = new Map(Object.entries(data.entries).filter(([, e]) => typeof e === 'object' && e !== null));
  }

  static forWorkspace(root: string, enabled: boolean): InspectCache {
    return new InspectCache(enabled ? createDiskCache(root, 'inspect') : null);
  }

  private fresh(rel: string, s: FileStamp): CacheEntry | undefined {
    const e = this.entries.get(rel);
    return e && e.size === s.size && e.mtimeMs === s.mtimeMs && e.ctimeMs === s.ctimeMs && e.ino === s.ino ? e : undefined;
  }

  inspection(rel: string, s: FileStamp): PdfInspection | undefined {
    return this.fresh(rel, s)?.inspection;
  }

  image(rel: string, s: FileStamp): ImageInspection | undefined {
    return this.fresh(rel, s)?.image;
  }

  hash(rel: string, s: FileStamp): string | undefined {
    return this.fresh(rel, s)?.sha256;
  }

  private upsert(rel: string, s: FileStamp): CacheEntry {
    let e = this.fresh(rel, s);
    if (!e) {
      e = { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
      this.entries.set(rel, e);
    }
    this.dirty = true;
    return e;
  }

  setInspection(rel: string, s: FileStamp, inspection: PdfInspection): void {
    this.upsert(rel, s).inspection = inspection;
  }

  setImage(rel: string, s: FileStamp, image: ImageInspection): void {
    this.upsert(rel, s).image = image;
  }

  setHash(rel: string, s: FileStamp, sha256: string): void {
    this.upsert(rel, s).sha256 = sha256;
  }

  /** Drop entries for files that no longer exist, then write atomically. */
  save(present: Set<string>): void {
    if (!this.file) return;
    for (const k of [...this.entries.keys()]) {
      if (!present.has(k)) {
        this.entries.delete(k);
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    // A read-only workspace still gets checked; only the cache is lost.
    this.file.write({ version: VERSION, tool: TOOL_STAMP, entries: Object.fromEntries(this.entries) });
  }
}

/** Bump when the inspector's judgement changes, so old verdicts are not reused (2: images read as images). */
const TOOL_STAMP = 'inspect-3'; // 3: activeContent
