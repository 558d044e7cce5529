import { describe, expect, it } from 'vitest';
import { recogniseAll } from '../../../src/import/import-document.js';
import { doc, valueOf } from './helpers.js';

// Pages that label no country and print no address naming one: the words that address the
// officials still name their country — the office with its country, a national institution known
// by its own name, the European Union's institutions, a German state's ministry.
describe("the country of the addressed officials' office", () => {
  const rows: Array<{ what: string; text: string; expected: readonly string[] | undefined }> = [
    {
      what: 'an open letter to a minister of a republic, in its heading',
      text: `
        Carta abierta al Ministro del Interior de la República del Paraguay.

        Señor Ministro:

        Le escribimos por la detención de la periodista Ana Ejemplo, que sigue presa sin juicio desde hace tres meses.

        Atentamente,
        Red Ejemplo`,
      expected: ['Paraguay'],
    },
    {
      what: 'a "Para:" list whose first addressee is the president of her country, the second an ambassador of another, the story naming his country most',
      text: `
        Para:
        Vossa Excelência, Presidenta do Brasil
        Senhor Embaixador da Rússia no Brasil

        Pedimos que interceda junto ao governo russo pela bióloga presa na Rússia, e que a Rússia a liberte.`,
      expected: ['Brasil'],
    },
    {
      what: 'a "Destinatarios:" label with the addressees on its own line, the office first',
      text: `
        Destinatarios: Sr. Ministro de Defensa del Uruguay, Sr. Comandante en Jefe del Ejército

        Pedimos que se investigue la muerte del soldado Pedro Ejemplo.`,
      expected: ['Uruguay'],
    },
    {
      what: 'an English "To:" over offices in lower case, the story naming a neighbour twice',
      text: `
        Sign the appeal

        To:
        the Minister of Health of Zambia
        the Minister of Justice

        Ask them to keep the clinic in Example Town open. Nurses came from Malawi and Malawi's clinics sent medicine.`,
      expected: ['Zambia'],
    },
    {
      what: "an appeal to write to a minister named with his country's adjective, whose next clause names another country",
      text: `
        Cari amici,

        vi chiediamo di scrivere una lettera al Ministro della Giustizia francese, che domani incontrerà il Presidente della Turchia, per chiedere la grazia per Mario Esempio.

        Grazie a tutti.`,
      expected: ['Francia'],
    },
    {
      what: 'an English appeal to a minister named with the adjective, cut where the subject begins',
      text: `
        Please write a letter to the Mexican Minister of the Interior about the students held in Example Town since March.

        Tell him that peaceful protest is no crime.`,
      expected: ['Mexico'],
    },
    {
      what: "a Swedish petition's \"Till:\" naming the migration board",
      text: `
        Till: Karin Exempelsson, Migrationsverkets generaldirektör

        Låt familjen Exempel stanna!

        Familjen har bott här i fem år och barnen går i skolan.`,
      expected: ['Sverige', 'Sweden'],
    },
    {
      what: 'an open letter to a parliament known by its own name',
      text: `
        Open letter to the Storting on the children who wait for asylum

        We, teachers and nurses, ask the members to vote for the children who have lived here for years.

        Signed by 120 people`,
      expected: ['Norway', 'Norge'],
    },
    {
      what: "a national seat of government in the official's address",
      text: `
        Madrid, 3 de marzo de 2031

        Sr. D. Juan Ejemplo
        Presidente
        Palacio de la Moncloa
        Avenida Ejemplo s/n

        Estimado señor Presidente:

        Le escribo por los vecinos de la calle Ejemplo, desalojados sin aviso.`,
      expected: ['España', 'Spain'],
    },
    {
      what: 'a Norwegian open letter whose definite "henvendelsen til" addresses the government over the migration board',
      text: `
        Åpent brev om barna som venter

        Vi har derfor sendt henvendelsen til Regjeringen, ved statsminister Ola Eksempel, som ansvarlig for Utlendingsnemnda (UNE).

        Barna har bodd her i mange år, og de kjenner ikke noe annet hjem.`,
      expected: ['Norway', 'Norge'],
    },
    {
      what: 'a Danish "brevet til" addressing the parliament, the story naming the refugees\' country',
      text: `
        Her er brevet til Folketingets medlemmer og ministeren for udlændinge.

        Familien flygtede fra Syrien for fire år siden, og børnene går i skole her.

        Med venlig hilsen
        Lise Eksempel`,
      expected: ['Denmark', 'Danmark'],
    },
    {
      what: "an Italian petition to the foreign minister, his ministry's name the only sign of his country",
      text: `
        Petizione per la liberazione dello studente Omar Esempio.
        Al Ministro degli Affari Esteri e della Cooperazione Internazionale, Marco Prova.
        Signor Ministro,
        le chiediamo di intervenire presso il governo egiziano per la liberazione di Omar Esempio, detenuto al Cairo dal mese di marzo senza processo.
        Distinti saluti`,
      expected: ['Italia', 'Italy'],
    },
    {
      what: 'a "Destinatari:" label naming the Italian foreign ministry by its full name',
      text: `
        Destinatari: Ministero degli Affari Esteri e della Cooperazione Internazionale

        Chiediamo che l'ambasciata segua il processo dei tre pescatori arrestati in Tunisia e in Libia.`,
      expected: ['Italia', 'Italy'],
    },
  ];
  for (const row of rows) {
    it(row.what, () => {
      const value = valueOf(recogniseAll(doc(row.text)).country);
      if (row.expected === undefined) expect(value).toBeUndefined();
      else expect(row.expected).toContain(value);
    });
  }

  it("takes no country the story names beside an office that names none (the country the officials are asked to press)", () => {
    const text = `
      Cari amici,

      vi chiediamo di scrivere al Presidente della Repubblica, che incontrerà il Presidente della Turchia, per chiedere la grazia per Mario Esempio.

      Grazie a tutti.`;
    expect(valueOf(recogniseAll(doc(text)).country)).toBeUndefined();
  });

  it('leaves the country out when two addressed offices name two countries', () => {
    const text = `
      To:
      Jane Example, Minister of Justice of Ghana
      John Example, Minister of the Interior of Togo

      We ask you to release the three fishermen held since May.`;
    expect(valueOf(recogniseAll(doc(text)).country)).toBeUndefined();
  });
});

describe("the European Union's institutions", () => {
  it('are the country of a letter to the Commission, whatever the Brussels address says', () => {
    const text = `
      Mme Jeanne Exemple
      Présidente
      Commission européenne
      Rue de l'Exemple 12
      1000 Bruxelles, Belgique

      Objet : la situation des prisonniers au Exempleland

      Madame la Présidente,

      Nous vous écrivons au sujet des prisonniers détenus depuis 2029.`;
    expect(valueOf(recogniseAll(doc(text)).country)).toBe('Union européenne');
  });

  it('are the country of a German letter to the European Parliament', () => {
    const text = `
      Frau Erika Beispiel
      Präsidentin
      Europäisches Parlament
      Beispielallee 3
      67000 Strasbourg

      Sehr geehrte Frau Präsidentin,

      wir bitten Sie, sich für die Gefangenen einzusetzen.`;
    expect(valueOf(recogniseAll(doc(text)).country)).toBe('Europäische Union');
  });

  // The Union is where a state's office sits, not the officials' country: the state it represents is.
  it("are not when the official is reached through a state's embassy to the Union", () => {
    const text = `
      Jefe del Poder Judicial, Head of Judiciary, Ejemplo Modelo Pérez, c/o Embassy of Uzbekistan to the European Union

      Rue de l'Exemple 40, 1040 Bruxelles, Bélgica

      Señor Modelo Pérez:

      Le escribo para pedirle que anule las condenas a muerte dictadas tras las protestas.`;
    expect(valueOf(recogniseAll(doc(text)).country)).toBe('Uzbekistan');
  });

  it('are not when a German letter reaches a prosecutor through his embassy to the Union', () => {
    const text = `
      Herrn Paul Muster
      Generalstaatsanwalt
      c/o Botschaft von Usbekistan bei der Europäischen Union
      Beispielstraße 9
      1000 Brüssel, Belgien

      Sehr geehrter Herr Generalstaatsanwalt,

      ich schreibe Ihnen wegen der inhaftierten Journalistinnen.`;
    expect(valueOf(recogniseAll(doc(text)).country)).toBe('Usbekistan');
  });

  it('are not when a national minister is written to beside them', () => {
    const text = `
      Mme Jeanne Exemple
      Présidente
      Commission européenne
      Rue de l'Exemple 12
      1000 Bruxelles, Belgique

      M. Paul Modèle
      Ministre de la Justice
      Rue du Modèle 4
      75001 Paris, France

      Madame, Monsieur,

      Nous vous écrivons au sujet des prisonniers.`;
    expect(valueOf(recogniseAll(doc(text)).country)).not.toMatch(/europ/i);
  });
});

describe("a German state's ministry, its adjective in the neuter", () => {
  for (const [state, town] of [['Bayerisches', '80000 München'], ['Sächsisches', '01000 Dresden']] as const) {
    it(`"${state} Staatsministerium" is in Germany`, () => {
      const text = `
        An das
        ${state} Staatsministerium des Innern
        Herrn Staatsminister Max Beispiel
        Beispielstraße 1
        ${town}

        Sehr geehrter Herr Staatsminister,

        wir bitten Sie, die Abschiebung der Familie Beispiel auszusetzen.`;
      expect(valueOf(recogniseAll(doc(text)).country)).toBe('Germany');
    });
  }
});
