/** "CODE:Capital" for each sovereign country countries-list knows, in its order. */
export function capitalEntries(): string[];
