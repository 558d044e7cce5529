// The one writer of case files: YAML front matter through the `yaml` Document API (quoting always
// right, comments beside their fields), then the Markdown sections. `ua-letter new` (answers) and
// `ua-letter import` (a draft with TODO marks) both describe their file as a CaseFileText and let
// this write it, so the two never drift apart in layout or quoting. Pure.
import { Document, isMap, isSeq, type Node as YamlNode } from 'yaml';

export interface CaseFileText {
  /** Comment lines above the front matter (each written as `# line`). */
  header: readonly string[];
  /**
   * Front-matter fields in the order to write them; `undefined` values are left out, `null` stays
   * (a placeholder `validate` rejects). `targets` is written from `targets` below.
   */
  fields: Readonly<Record<string, unknown>>;
  /** A comment after a top-level field's value (`deadline: TODO-YYYY-MM-DD # TODO: …`). */
  fieldComments?: Readonly<Record<string, string>> | undefined;
  targets: ReadonlyArray<{ fields: Readonly<Record<string, unknown>>; commentLines?: readonly string[] | undefined }>;
  /** Body sections in order: `## heading` then the Markdown. */
  sections: ReadonlyArray<{ heading: string; markdown: string }>;
}

export function caseFileText(file: CaseFileText): string {
  const data = { ...prune(file.fields), targets: file.targets.map((t) => prune(t.fields)) };
  const doc = new Document(data);
  doc.commentBefore = file.header.map((line) => ` ${line}`).join('\n');
  for (const [key, comment] of Object.entries(file.fieldComments ?? {})) {
    const node = doc.get(key, true);
    if (node && typeof node === 'object') (node as YamlNode).comment = ` ${comment}`;
  }
  const languages = doc.get('languages', true);
  if (isSeq(languages)) languages.flow = true;
  const targets = doc.get('targets', true);
  // An empty list in flow style keeps its comment on the same line: `targets: [] # TODO…`.
  if (isSeq(targets) && targets.items.length === 0) targets.flow = true;
  if (isSeq(targets)) {
    targets.items.forEach((item, i) => {
      const lines = file.targets[i]?.commentLines ?? [];
      if (isMap(item) && lines.length > 0) item.commentBefore = lines.map((line) => ` ${line}`).join('\n');
    });
  }
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${file.sections.map((s) => `## ${s.heading}\n\n${s.markdown}\n`).join('\n')}`;
}

/** Drops undefined entries (null stays: it is a placeholder). */
function prune(o: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
