// A table copied from a word processor or a wiki keeps the bars that drew its cells: "| Ministère
// de la Justice |", "Alger, Exampleland |". The bar at either end of a line is layout, no part of
// the value (the country is "Exampleland", not "Exampleland |"); a line of bars and rules alone
// ("|---|---|") is the table's rule. A bar inside the line ("202 895 5400 | fax") is a separator
// the contact readers know, and stays.

/** "|" and the box-drawing verticals a PDF or a terminal table draws its cells with. */
const BAR = /^[|│┃¦]$/u;
const EDGE_BARS = /^(?:[|│┃¦]\s*)+|(?:\s*[|│┃¦])+$/gu;
const RULE_ONLY = /^[|│┃¦+\-–—=:\s]+$/u;

/** The line without the table bars at its ends; '' for a line of bars and rules alone. */
export function withoutTableBars(line: string): string {
  // Most lines neither start nor end with a bar: told by two characters.
  if (!BAR.test(line.charAt(0)) && !BAR.test(line.charAt(line.length - 1))) return line;
  if (RULE_ONLY.test(line)) return '';
  return line.replace(EDGE_BARS, '');
}
