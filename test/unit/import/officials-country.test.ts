import { describe, expect, it } from 'vitest';
import { recogniseAll } from '../../../src/import/import-document.js';
import { doc, valueOf } from './helpers.js';

const country = (text: string): string | undefined => valueOf(recogniseAll(doc(text)).country);

// The officials' country, where the page labels none or labels the case's: the line that addresses
// the official names the office with its country (addressee-line-country.ts), a parliament known by
// its name (legislature-country.ts), an office's country misspelt by a letter that the page spells
// right elsewhere (misspelt-office-country.ts), a US state's office the page calls on
// (called-on-office-country.ts), the one country a petition page names (petition-country.ts).
describe("the country of the official the page addresses, over the case's country", () => {
  const rows: Array<{ what: string; text: string; expected: string | undefined }> = [
    {
      what: 'a French petition headlined with the case, addressed to another country\'s prime minister by adjective',
      text: `Pétition

        Soudan : Halte aux violences contre les étudiants

        Jusqu'au 12.03.2031
        Monsieur le Premier ministre éthiopien, Abebe Exemple
        Il faut faire pression sur le conseil de transition !

        Depuis janvier, les étudiants soudanais manifestent pacifiquement dans les rues de la capitale pour réclamer des élections libres et la fin des arrestations arbitraires.`,
      expected: 'Éthiopie',
    },
    {
      what: 'an English letter headlined with the case, greeting the other country\'s president by adjective',
      text: `Chad: release the detained journalists

        Dear Cameroonian President,

        I am writing to ask you to use your influence with the authorities of the neighbouring country so that the three journalists arrested last month are freed at once and without conditions.

        Yours sincerely,`,
      expected: 'Cameroon',
    },
    {
      what: 'a Belgian petition "à l\'attention de" a prosecutor general of a country named after "de"',
      text: `Libérez les musiciennes.
        Deux ans en prison, c'est deux ans de trop!
        Pétition à l'attention de Monsieur Ivan Exemplovitch, Procureur général de Russie
        Monsieur le Procureur général,

        Je vous écris pour vous faire part de ma profonde inquiétude au sujet de deux musiciennes condamnées à deux ans de prison pour une chanson chantée dans une église de la capitale.`,
      expected: 'Russie',
    },
    {
      what: 'a Spanish petition "a la atención del" a prosecutor named with his country',
      text: `Liberen a los defensores.

        Petición a la atención del Sr. Karim Ejemplo, Fiscal General de Egipto

        Señor Fiscal General:

        Le escribo para pedirle que ponga en libertad de inmediato y sin condiciones a los cuatro defensores de derechos humanos detenidos el mes pasado por su trabajo pacífico.`,
      expected: 'Egipto',
    },
    {
      what: 'an ambassador greeted on the case\'s headline: an office abroad, the headline stands',
      text: `Sudan: stop the attacks on students

        Dear Ethiopian Ambassador,

        I am writing to ask you to raise with your government the arrests of students who marched peacefully in the capital last month.`,
      expected: 'Sudan',
    },
  ];
  for (const r of rows) it(r.what, () => expect(country(r.text)).toBe(r.expected));
});

describe('a parliament known by its own name in the official\'s block', () => {
  const rows: Array<{ what: string; text: string; expected: string | undefined }> = [
    {
      what: 'a monthly letter to a secretary of state at the House of Commons',
      text: `Rt. Hon Jane Example MP,

        Home Secretary,

        House of Commons,

        [Insert date]

        Dear Jane Example,

        We are members of a local group and are writing to you about the rules on family reunion for refugees, which keep young people apart from their parents for years.`,
      expected: 'United Kingdom',
    },
    {
      what: "a letter to a minister at Ireland's parliament, its street and no town",
      text: `Minister for Justice
        Mary Example TD
        Leinster House
        Kildare Street

        Dear Minister,

        I am writing to ask you to end the system of direct provision, under which families seeking asylum wait for years in crowded centres.`,
      expected: 'Ireland',
    },
    {
      what: "a member of Canada's House of Commons, in Ottawa",
      text: `John Example MP
        House of Commons
        Ottawa, Ontario K1A 0A6

        Dear John Example,

        I am writing to ask you to support the bill that would protect the drinking water of the First Nations in the north of the province.`,
      expected: 'Canada',
    },
  ];
  for (const r of rows) it(r.what, () => expect(country(r.text)).toBe(r.expected));
});

describe("an office's country misspelt by one letter, which the page spells right elsewhere", () => {
  const rows: Array<{ what: string; text: string; expected: string | undefined }> = [
    {
      what: 'a group newsletter asking for an email to the president, the country misspelt',
      text: `Weekly Action and News

        Please do this action and make a difference

        In March, the Azerbaijani authorities arrested a well-known opposition figure, Samir Example, on invented fraud charges. The wave of arrests in Azerbaijan has targeted independent reporters for months.

        You can add your voice by clicking the link below and sending an email to the President of Azerbiijan.

        Our next meeting will hear a speaker on the situation in Qatar and in Chile, where our members have worked for years.`,
      expected: 'Azerbaijan',
    },
    {
      what: 'an official block whose title swaps two letters of the country',
      text: `Write to:

        Nurlan Example
        President of Kazahkstan
        Presidential Palace
        Exampletown

        The activist was detained in Kazakhstan after a protest against rising fuel prices. Her lawyer says she was beaten in custody, and her family, who live in Russia, have not been allowed to visit her since she was taken. Kazakhstan has signed the convention against torture.`,
      expected: 'Kazakhstan',
    },
  ];
  for (const r of rows) it(r.what, () => expect(country(r.text)).toBe(r.expected));
});

describe("a US state's office named in the call to act, other countries named too", () => {
  const rows: Array<{ what: string; text: string; expected: string | undefined }> = [
    {
      what: 'a newsletter calling on a governor and a board of pardons',
      text: `Weekly Action and News

        Please do this action and make a difference.

        This action is urgent: it concerns a 48 year old Mexican American man, Pedro Example, who is scheduled to be executed in Texas next month. Experts say his conviction rests on a confession obtained under pressure, which a US court refused to hear again. Amnesty is calling on the Governor of Texas and the Texas Board of Pardons and Parole to grant clemency.

        Update on Human Rights in the UK

        Our subgroup on refugee rights in the UK meets again next week.`,
      expected: 'United States',
    },
    {
      what: 'a bulletin urging a state governor, the prisoner a British national',
      text: `Bulletin, May

        Action of the month

        John Example, a British national, has spent twenty years on death row in the United States. His family in Britain have campaigned for a new trial since new evidence emerged. We urge the Oklahoma Governor to commute his sentence before the date set for his execution.

        Our stall at the summer fair raised money for the group.`,
      expected: 'United States',
    },
  ];
  for (const r of rows) it(r.what, () => expect(country(r.text)).toBe(r.expected));
});

describe('the one country a petition page names, with no official read', () => {
  const rows: Array<{ what: string; text: string; expected: string | undefined }> = [
    {
      what: 'a French petition naming its country once in the story',
      text: `GRÉVISTES, PAS DÉLINQUANTS !

        12345 soutiens.

        Depuis 2019, en Belgique, des milliers de personnes sont descendues dans la rue pour défendre leurs salaires et leurs retraites, le plus souvent dans le calme.

        Certaines ont été arrêtées sans motif et poursuivies pour avoir simplement participé à un rassemblement pacifique.

        SIGNER LA PÉTITION

        Jean Exemple`,
      expected: 'Belgique',
    },
    {
      what: 'an English petition naming its country once',
      text: `Students, not criminals

        Since last autumn, across Hungary, hundreds of students have marched peacefully against the closure of their university.

        Dozens were fined or detained for taking part in peaceful gatherings.

        Sign the petition

        Anna Example`,
      expected: 'Hungary',
    },
    {
      what: 'the same petition naming a second country: no guess',
      text: `Students, not criminals

        Since last autumn, across Hungary, hundreds of students have marched peacefully against the closure of their university.

        Dozens were fined or detained, as students were in Serbia the year before.

        Sign the petition

        Anna Example`,
      expected: undefined,
    },
  ];
  for (const r of rows) it(r.what, () => expect(country(r.text)).toBe(r.expected));
});

describe('a page listing cases in several countries, each with its own call to write', () => {
  const rows: Array<{ what: string; text: string; expected: string | undefined }> = [
    {
      what: 'a Polish list of two cases, addresses in English: no single country (a TODO)',
      text: `Kogo bronimy?

        Anna Przykładowa

        Kenia

        Anna broni prawa swojej wioski do ziemi, na której jej rodzina uprawia kukurydzę od trzech pokoleń, i od roku jest za to nękana przez policję.

        Napisz list do:

        President of Kenya State House Nairobi

        Jan Przykład

        Peru

        Jan od lat walczy o czystą wodę dla swojej społeczności, a teraz grozi mu proces za udział w pokojowym proteście przed kopalnią.

        Napisz list do:

        Presidente de la República Palacio de Gobierno Lima 1`,
      expected: undefined,
    },
    {
      what: 'an English list of two cases, the officials in blocks: no single country',
      text: `Write for Rights: the cases

        Maria Example
        Chile
        Maria lost the sight of one eye when the police fired at a peaceful march she joined as a student.

        Write to:
        Jorge Example
        Fiscal Nacional
        Catedral 1437
        Santiago, Chile

        Ahmed Example
        Egypt
        Ahmed has been held without trial for two years for a post about the price of bread.

        Write to:
        Karim Example
        Public Prosecutor
        Office of the Public Prosecutor
        Cairo, Egypt`,
      expected: undefined,
    },
    {
      what: 'one case with its country line and call to write: its official\'s country',
      text: `Maria Example
        Chile
        Maria lost the sight of one eye when the police fired at a peaceful march she joined as a student.

        Write to:
        Jorge Example
        Fiscal Nacional
        Catedral 1437
        Santiago, Chile`,
      expected: 'Chile',
    },
  ];
  for (const r of rows) it(r.what, () => expect(country(r.text)).toBe(r.expected));
});
