// "CODE:Capital" for each sovereign country countries-list knows (no territory that is part of
// another, no empty capital), in its order: what scripts/capital-names.mjs writes and what the unit
// test compares the written copy with.
import { countries } from 'countries-list';

export function capitalEntries() {
  return Object.entries(countries)
    .filter(([, c]) => c.partOf === undefined && c.capital !== '')
    .map(([code, c]) => `${code}:${c.capital}`);
}
