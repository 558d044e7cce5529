// The country is the part of the headline before its colon ("VENEZUELA: …"), or a "Country:" line.
import { countryCode } from '../channels/countries.js';
import { findLabelled } from './labels.js';
import { findLandmarks } from './landmarks.js';
import { casingFrom, titleCase } from './recase.js';
import { lineAt } from './text.js';
import { found, notFound, sourceLine, type Finding, type ImportText } from './types.js';

const COUNTRY_LABEL = [/^(?:country|pais|pays)$/];

export function recogniseCountry(doc: ImportText): Finding<string> {
  const { title, titleText, countryLine } = findLandmarks(doc);
  const headline = titleText === undefined ? undefined : /^([^:]{2,60}?)\s*:\s+\S/.exec(titleText);
  const prefix = headline?.[1]?.trim();
  if (title !== undefined && prefix && prefix.split(/\s+/).length <= 6 && !/\d/.test(prefix)) {
    const value = titleCase(prefix, casingFrom(doc.lines));
    // A prefix that names no country Intl knows ("Urgent Action Update") is a guess.
    if (countryCode(prefix) !== undefined) return found(value, 'high', title);
    if (countryLine === undefined) return notFound(`line ${sourceLine(doc, title)} begins "${prefix}:", which is not a country name the importer knows`);
  }
  if (countryLine !== undefined) return found(titleCase(lineAt(doc, countryLine), casingFrom(doc.lines)), 'high', countryLine);
  const labelled = findLabelled(doc, COUNTRY_LABEL, 1, 20);
  if (labelled) return found(labelled.value, 'high', labelled.valueLine);
  return notFound('no headline of the form "COUNTRY: …" and no "Country:" line');
}
