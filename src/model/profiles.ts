/** The starting points of `ledger init --profile` (zod-free: the CLI imports it on every run). */
export const PROFILES = ['city-bureau', 'county-bureau', 'blank'] as const;
export type Profile = (typeof PROFILES)[number];
