// The country is the part of the headline before its colon ("VENEZUELA: …"), or a "Country:" line.
import { findLabelled } from './labels.js';
import { findLandmarks } from './landmarks.js';
import { casingFrom, titleCase } from './recase.js';
import { lineAt } from './text.js';
import { found, notFound, type Finding, type ImportText } from './types.js';

const COUNTRY_LABEL = [/^(?:country|pais|pays)$/];

export function recogniseCountry(doc: ImportText): Finding<string> {
  const { title } = findLandmarks(doc);
  const headline = title === undefined ? undefined : /^([^:]{2,60}):\s+\S/.exec(lineAt(doc, title));
  const prefix = headline?.[1]?.trim();
  if (title !== undefined && prefix && prefix.split(/\s+/).length <= 6 && !/\d/.test(prefix)) {
    const value = titleCase(prefix, casingFrom(doc.lines));
    return found(value, 'high', title);
  }
  const labelled = findLabelled(doc, COUNTRY_LABEL, 1, 20);
  if (labelled) return found(labelled.value, 'high', labelled.valueLine);
  return notFound('no headline of the form "COUNTRY: …" and no "Country:" line');
}
