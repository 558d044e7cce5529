// The files of the package's templates/ folder, relative to it (`en/letter.hbs`). Listing that
// folder costs a directory read per language at every start, and the list is known when the
// package is built: scripts/bundle.mjs replaces this module in the bundled CLI with the list.
// Run from source (tests, tsc's dist/) it stays undefined and the folder is walked.
export const BUILT_IN_TEMPLATE_KEYS: readonly string[] | undefined = undefined;
