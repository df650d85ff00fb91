/** Submission PDFs (`ledger bundle`): the CLI's one way in. */
export { buildBundles, type BundleRequest } from './build-bundles.js';
export { UnusableFileError } from './compose/parts.js';
export type { BundleInput } from './plan/bundle-plan.js';
