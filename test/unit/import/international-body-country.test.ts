// A letter to a regional body that states answer to — the Inter-American Commission on Human
// Rights in Washington, the African Commission in Banjul — is about a case in another country: the
// body's address is its seat, never the case's country (country.ts' ABROAD). The country comes
// from what the page says about the case instead, or is left TODO.
import { describe, expect, it } from 'vitest';
import { recogniseAll } from '../../../src/import/import-document.js';
import { doc, valueOf } from './helpers.js';

describe('a regional human-rights body is no country of the case', () => {
  const rows: Array<{ what: string; text: string; expected: string | undefined }> = [
    {
      what: 'a French letter to the president of the Inter-American Commission at a Washington ZIP code, about Honduras',
      text: `Tegucigalpa, le 4 mars 2014
        Monsieur Pedro Exemple RUIZ
        Président de la Commission Interaméricaine des Droits de l'Homme
        1889 F Street N.W.
        Washington DC 20006
        Objet : demande d'enquête au Honduras
        Monsieur le Président,
        Le collectif Exemple vous demande d'ouvrir une enquête sur les expulsions au Honduras, où des familles ont perdu leur maison. Au Honduras, les plaintes restent sans réponse, et le Honduras refuse de répondre aux juges.
        Veuillez agréer, Monsieur le Président, nos salutations.`,
      expected: 'Honduras',
    },
    {
      what: "an English letter to the African Commission's chair in Banjul, about a case named nowhere else",
      text: `Chairperson
        African Commission on Human and Peoples' Rights
        31 Example Avenue
        Banjul, The Gambia

        Dear Chairperson,

        We ask the Commission to hear the complaint of the journalists held without trial since May, and to ask their government to free them at once.

        Yours sincerely,`,
      expected: undefined,
    },
    {
      what: 'a Spanish letter to the Comisión Interamericana, its address ending "Estados Unidos", about Nicaragua',
      text: `Señora Ana Muestra
        Secretaria Ejecutiva
        Comisión Interamericana de Derechos Humanos (CIDH)
        1889 F St. NW
        Washington, D.C. 20006, Estados Unidos

        Estimada Secretaria:

        Le pedimos medidas cautelares para los estudiantes presos en Nicaragua. En Nicaragua no hay jueces libres, y Nicaragua no responde a las peticiones de las familias.

        Atentamente,`,
      expected: 'Nicaragua',
    },
  ];
  it.each(rows)('$what', ({ text, expected }) => {
    expect(valueOf(recogniseAll(doc(text)).country)).toBe(expected);
  });
});
