// A page may name no country, only a federal state or province with its office: "Send an email to
// Madhya Pradesh Chief Minister …", "the Bavarian Interior Minister", "Bayerisches
// Staatsministerium des Innern", "Lagos State Governor",
// "Governor of the State of Guerrero". A careful reader knows the country from the state. Only
// well-known states of federations are listed, and only names that are no country, common word or
// other country's region ("Punjab" is India's and Pakistan's; "Niger", "Delta", "Pará" are left
// out). A state counts only next to an office ("Chief Minister", "Governor", "Police"), never in a
// story ("she moved to Kerala"). A US state gives the United States only when nothing else on the
// page names a country (read last, by the caller).
import { US_STATES } from './country.js';
import { fold } from './text.js';
import { found, type Finding, type ImportText } from './types.js';

const STATES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['India', ['Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana', 'Himachal Pradesh', 'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha', 'Orissa', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal', 'Delhi', 'Ladakh']],
  ['Brazil', ['Alagoas', 'Amapá', 'Bahia', 'Ceará', 'Espírito Santo', 'Goiás', 'Maranhão', 'Mato Grosso', 'Mato Grosso do Sul', 'Minas Gerais', 'Paraíba', 'Paraná', 'Pernambuco', 'Piauí', 'Rio de Janeiro', 'Rio Grande do Norte', 'Rio Grande do Sul', 'Rondônia', 'Roraima', 'Santa Catarina', 'São Paulo', 'Sergipe', 'Tocantins']],
  ['Mexico', ['Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Chiapas', 'Chihuahua', 'Coahuila', 'Colima', 'Durango', 'Guanajuato', 'Guerrero', 'Hidalgo', 'Jalisco', 'Michoacán', 'Morelos', 'Nayarit', 'Nuevo León', 'Oaxaca', 'Puebla', 'Querétaro', 'Quintana Roo', 'San Luis Potosí', 'Sinaloa', 'Sonora', 'Tabasco', 'Tamaulipas', 'Tlaxcala', 'Veracruz', 'Yucatán', 'Zacatecas']],
  ['Nigeria', ['Abia', 'Adamawa', 'Akwa Ibom', 'Anambra', 'Bauchi', 'Bayelsa', 'Benue', 'Borno', 'Cross River', 'Ebonyi', 'Edo', 'Ekiti', 'Enugu', 'Gombe', 'Imo', 'Jigawa', 'Kaduna', 'Kano', 'Katsina', 'Kebbi', 'Kogi', 'Kwara', 'Lagos', 'Nasarawa', 'Ogun', 'Ondo', 'Osun', 'Oyo', 'Sokoto', 'Taraba', 'Yobe', 'Zamfara']],
  ['Australia', ['New South Wales', 'Queensland', 'Victorian', 'Tasmania', 'Tasmanian', 'Northern Territory', 'Western Australian', 'South Australian']],
  ['Germany', ['Bavaria', 'Bavarian', 'Bayern', 'Bayerische', 'Bayerischer', 'Bayerischen', 'Bayerisches', 'Baden-Württemberg', 'Hesse', 'Hessian', 'Hessen', 'Hessische', 'Hessischer', 'Hessischen', 'Hessisches', 'Lower Saxony', 'Niedersachsen', 'Niedersächsische', 'Niedersächsischer', 'Niedersächsischen', 'Niedersächsisches', 'North Rhine-Westphalia', 'Nordrhein-Westfalen', 'Rhineland-Palatinate', 'Rheinland-Pfalz', 'Saxony', 'Saxon', 'Sachsen', 'Sächsische', 'Sächsischer', 'Sächsischen', 'Sächsisches', 'Saxony-Anhalt', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thuringia', 'Thuringian', 'Thüringen', 'Thüringer', 'Mecklenburg-Vorpommern', 'Brandenburg', 'Brandenburgische', 'Brandenburgischen', 'Brandenburgisches', 'Saarland']],
];

/**
 * Regions printed with an office that tell no country alone, so not in STATES ("Punjab" is India's
 * and Pakistan's): still a region, never a person's first name ("Chief Minister, Punjab Jane Doe").
 */
const SHARED_REGIONS = ['Punjab', 'Kashmir', 'Jammu and Kashmir', 'Sindh', 'Balochistan', 'Khyber Pakhtunkhwa'];

let regionNames: Set<string> | undefined;

/** A federal state's or province's name (folded), of any country listed: "punjab", "kerala", "lagos", "texas". */
export function isRegionName(text: string): boolean {
  regionNames ??= new Set([...STATES.flatMap(([, names]) => names), ...US_STATES, ...SHARED_REGIONS].map((n) => fold(n)));
  return regionNames.has(fold(text.trim()));
}

/** An office a state has: after the state's name, or before it with "of". */
const OFFICE = String.raw`(?:state\s+)?(?:chief\s+minister|deputy\s+chief\s+minister|governor|premier|(?:home|interior|justice|police)\s+minister|minister(?:\s+(?:of|for)\s+\p{L}+)?|director\s+general\s+of\s+police|police|state\s+government|government|attorney[-\s]general|innenminister(?:in)?|justizminister(?:in)?|ministerprasident(?:in)?|staatsregierung|landesregierung|polizei|innenministerium|staatsministerium|gobernador(?:a)?|governador(?:a)?|fiscal(?:ia)?|procurador(?:ia)?)`;
const BEFORE = String.raw`(?:governor|chief\s+minister|premier|gobernador(?:a)?(?:\s+constitucional)?|governador(?:a)?|government|gobierno|governo|ministerprasident(?:in)?)\s+(?:of|de|do|da|del|von)\s+(?:the\s+)?(?:(?:state|estado|bundesland|freistaat)\s+(?:of\s+|de\s+|do\s+|da\s+)?)?`;

let patterns: Array<{ country: string; after: RegExp; before: RegExp }> | undefined;

function compiled(us: boolean): Array<{ country: string; after: RegExp; before: RegExp }> {
  patterns ??= [...STATES, ['United States', US_STATES] as const].map(([country, names]) => {
    const alt = [...names].map((n) => fold(n).replace(/[-\s]+/g, String.raw`[-\s]+`)).sort((a, b) => b.length - a.length).join('|');
    return { country, after: new RegExp(String.raw`\b(${alt})(?:\s+state)?(?:'s)?\s+${OFFICE}\b`, 'u'), before: new RegExp(String.raw`\b${BEFORE}(${alt})\b`, 'u') };
  });
  return patterns.filter((p) => (p.country === 'United States') === us);
}

/** A cheap test for a line that may name a state's office. */
const MAY_NAME = /governor|minister|premier|police|polizei|gobern|govern|regierung|fiscal|procura|attorney/i;

/** The country of a federal state named with its office in folded text ("governor of texas"), or undefined; `us` asks for the United States' states only. */
export function stateOfficeCountry(folded: string, us = false): string | undefined {
  return compiled(us).find((p) => p.after.test(folded) || p.before.test(folded))?.country;
}

/** The country of a federal state named with its office; `us` asks for the United States' states only. */
export function stateCountry(doc: ImportText, us = false): Finding<string> | undefined {
  const list = compiled(us);
  for (let n = 1; n <= doc.lines.length; n++) {
    const line = doc.lines[n - 1] ?? '';
    if (!MAY_NAME.test(line)) continue;
    const f = fold(line);
    for (const p of list) {
      const m = p.after.exec(f) ?? p.before.exec(f);
      if (m) return found(p.country, us ? 'low' : 'medium', n, `the country of the state named with its office ("${line.trim().slice(0, 60)}"): check it`);
    }
  }
  return undefined;
}
