// A long "a|b|c|…" text written into a generated source file as single-quoted string pieces of about
// 90 characters joined by "+", each line indented by `indent`: the form both generated tables of
// country data take (scripts/country-names.mjs, scripts/capital-names.mjs).
export function joinedLiteral(entries, indent) {
  const lines = [];
  let line = '';
  for (const piece of entries.join('|').split(/(?<=\|)/)) {
    if (line.length + piece.length > 90) {
      lines.push(line);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines.map((l) => `${indent}'${JSON.stringify(l).slice(1, -1).replace(/'/g, "\\'")}'`).join(' +\n');
}
