/**
 * The work one file may cost the inspector. Every figure is far above what a real document needs
 * (a 2,000-page report parses a few tens of thousands of values and decodes a few MB) and far
 * below what hurts a CI runner. A file that reaches one is reported with the limit's name: it is
 * never a hang or an out-of-memory. README, section 限制, lists them.
 */
export const PDF_LIMITS = {
  /** wall-clock time for one file, on the main thread as in a worker */
  seconds: 20,
  /** bytes produced by decoding streams (xref, object and metadata streams), all streams together */
  decodedBytes: 256 * 1024 * 1024,
  /** indirect objects parsed, or found by the scan that rebuilds a damaged cross-reference table */
  objects: 1_000_000,
  /** values parsed (numbers, names, strings, references, array and dictionary entries) */
  values: 2_000_000,
} as const;

export type PdfLimitName = keyof typeof PDF_LIMITS;

/** Thrown when a file has used up one of its limits. Never caught as damage: it ends the inspection. */
export class PdfLimitExceeded extends Error {
  override readonly name = 'PdfLimitExceeded';
  constructor(readonly limit: PdfLimitName) {
    super(`the file needs more than ${describeLimit(limit)} to inspect`);
  }
}

export function describeLimit(limit: PdfLimitName, limits: PdfLimits = PDF_LIMITS): string {
  const v = limits[limit];
  if (limit === 'seconds') return `${v} s`;
  if (limit === 'decodedBytes') return `${Math.round(v / 1048576)} MB of decoded stream data`;
  return `${v.toLocaleString('en-US')} ${limit === 'objects' ? 'objects' : 'parsed values'}`;
}

export type PdfLimits = { readonly [K in PdfLimitName]: number };

/** How often (in values) the clock is read: often enough to stop within milliseconds, rarely enough to cost nothing. */
const CLOCK_EVERY = 4096;

/**
 * What the file being inspected has used so far. Inspection is synchronous and one file at a time
 * per thread, so the running budget is held here rather than passed through every parser call.
 */
class Budget {
  decoded = 0;
  objects = 0;
  values = 0;
  private untilClock = CLOCK_EVERY;
  private readonly deadline: number;

  constructor(readonly limits: PdfLimits) {
    this.deadline = performance.now() + limits.seconds * 1000;
  }

  checkClock(): void {
    this.untilClock = CLOCK_EVERY;
    if (performance.now() > this.deadline) throw new PdfLimitExceeded('seconds');
  }

  tick(): void {
    if (--this.untilClock <= 0) this.checkClock();
  }
}

let current: Budget | undefined;

/** Run `fn` (one file's inspection) under a fresh budget. */
export function withBudget<T>(fn: () => T, limits: PdfLimits = PDF_LIMITS): T {
  const outer = current;
  current = new Budget(limits);
  try {
    return fn();
  } finally {
    current = outer;
  }
}

/** One more parsed value. */
export function chargeValue(): void {
  if (!current) return;
  if (++current.values > current.limits.values) throw new PdfLimitExceeded('values');
  current.tick();
}

/** One more indirect object parsed or found. */
export function chargeObject(): void {
  if (!current) return;
  if (++current.objects > current.limits.objects) throw new PdfLimitExceeded('objects');
  current.tick();
}

/** `n` more bytes of decoded data (a stream's output, a parsed string). */
export function chargeDecoded(n: number): void {
  if (!current) return;
  current.decoded += n;
  if (current.decoded > current.limits.decodedBytes) throw new PdfLimitExceeded('decodedBytes');
  current.tick();
}

/** What decoding may still produce before the budget is spent (Infinity outside a budget). */
export function decodedBytesLeft(): number {
  return current ? Math.max(0, current.limits.decodedBytes - current.decoded) : Infinity;
}

/** Read the clock now: for loops that do work without parsing values (scans, decryption). */
export function checkDeadline(): void {
  current?.checkClock();
}

/** Rethrow what must end the inspection; let the caller treat anything else as damage. */
export function rethrowLimit(err: unknown): void {
  if (err instanceof PdfLimitExceeded) throw err;
}
