// The case's country where a page names it only in its own language's other forms: ICU's second
// name in brackets ("Myanmar (Barma)": Czech "Barma", Swedish "Myanmars"), a German adjective made
// without the name's "-ien"/"-en" or with "-esisch"/"-anisch" ("kolumbianischen",
// "südsudanesischen"), an adjective as the one country a letter names ("burundais"); and never the
// language a "LANGUE(S) :" line asks for ("français"), which is no country.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const country = (lines: string[]) => {
  const text = importDocument(lines.join('\n'), { source: 'page.txt' }).caseText;
  return ((parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') ?? {}) as { country?: string | null }).country ?? null;
};

const rows: Array<{ what: string; page: string[]; expected: string | null }> = [
  {
    what: "a Czech news item opening with the country's other name",
    page: ['Studentka znovu odsouzena - pošlete e-mail', '', '02.03.2011 10:15', '', 'Barma: soud dnes poslal studentku Janu Příkladovou na dva roky do vězení za báseň o armádě. V Barmě je podle Amnesty International vězněno přes tisíc lidí za jejich názory.', '', 'Zpět'],
    expected: 'Barma',
  },
  {
    what: 'a Swedish story naming the country by the part before the brackets, in the genitive',
    page: ['Material för elever', '', 'SKRATTADE ÅT GENERALERNA', '', 'Anna Exempel är en ung poet från Myanmar som skriver om vardagen.', '', 'Hösten 2020 hånade hon Myanmars generaler i en dikt. Myanmars domstolar dömde henne till fyra års fängelse.', '', 'Vad kräver vi?', '', 'Vi kräver att Anna Exempel friges.'],
    expected: 'Myanmar',
  },
  {
    what: 'a German page naming the country by its "-esisch" adjective and once by name',
    page: ['Email Action', '', 'Rettet Karl!', '', 'Karl Beispiel wurde mit 16 Jahren zum Tode verurteilt. Die sudanesischen Behörden verweigerten ihm einen Anwalt.', '', 'Fordere die sudanesischen Behörden auf, das Urteil aufzuheben.', '', 'Der Appell richtet sich an den Präsidenten der Republik Sudan über die Botschaft in Berlin.'],
    expected: 'Sudan',
  },
  {
    what: 'a German postcard whose only country is the adjective of its addressee',
    page: ['Stand Mai 2024:', 'Sehr geehrter Herr Präsident Karl Beispiel,', 'am 3.4.24 wurden zwei Bauern des Dorfes Ejemplo ermordet. Bitte sorgen Sie dafür, dass die Morde aufgeklärt werden und das Dorf geschützt wird.', 'Die Gruppe Beispielstadt verteilt diesen Text als Postkarten.', 'Sie können den Text unterschreiben und an den ecuadorianischen Präsidenten Beispiel schicken.'],
    expected: 'Ecuador',
  },
  {
    what: 'a German letter naming the country by an adjective made without "-en"',
    page: ['Sehr geehrter Herr Generalstaatsanwalt,', 'ich bin besorgt, dass die ägyptischen Behörden den Journalisten Karim Beispiel seit Monaten ohne Anklage festhalten. Die ägyptische Regierung muss ihn sofort freilassen.', 'Mit freundlichen Grüßen'],
    expected: 'Ägypten',
  },
  {
    what: 'a French letter whose only country is an adjective, under a line asking for French',
    page: ['PASSEZ À L’ACTION : ÉCRIVEZ UNE LETTRE', 'LANGUE(S) À PRIVILÉGIER POUR VOS APPELS : français', 'Vous pouvez aussi écrire dans votre langue.', 'Monsieur le Procureur général,', 'Je vous écris au sujet de Jean Exemple, un avocat tchadien détenu depuis le 3 mars sans avoir été inculpé.', 'Je vous prie de le libérer sans délai.', 'Veuillez agréer, Monsieur le Procureur général, mes salutations distinguées.'],
    expected: 'Tchad',
  },
  {
    what: 'an English letter under a preferred-language label naming Spanish',
    page: ['TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS', 'PREFERRED LANGUAGE TO ADDRESS TARGET: Spanish', 'Dear Attorney General,', 'I am writing about the Guatemalan land defender Ana Example, charged for leading a peaceful protest in her village.', 'Please drop the charges against her.', 'Yours sincerely,'],
    expected: 'Guatemala',
  },
];

describe("a country named in the page's own forms", () => {
  for (const r of rows) {
    it(`reads ${r.what} as ${String(r.expected)}`, () => {
      expect(country(r.page)).toBe(r.expected);
    });
  }
});

describe('never a country from a German word that only begins like a name', () => {
  it('leaves "deutschen" (Germany\'s, the section\'s) uncounted', () => {
    // "die deutschen Behörden" twice against one Sudan: counted, Germany would win.
    const page = ['Rettet Karl!', '', 'Die deutschen Behörden haben die Abschiebung gestoppt, die deutschen Gerichte prüfen den Fall.', '', 'Karl Beispiel wurde im Sudan zum Tode verurteilt.'];
    expect(country(page)).not.toBe('Deutschland');
  });
});
