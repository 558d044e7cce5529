// Whom a section's online action or petition page addresses, with no contact details printed:
// - an online action's form labels its recipients above the message's greeting ("Message
//   Recipients: Your Governor"), the office the site fills in for each signer, under the form's
//   own section headings ("Your Information", "Your Message"), which are nobody;
// - a petition's line that says whom it goes to ("Pétition à l'attention de Madame …, Procureure
//   générale …", "Petition to Mr …, Attorney General …"), right above the letter's greeting;
// - a petition page's own line under its closing day ("Jusqu'au 15.03.2024", itself the deadline)
//   or under its signing button, above the petition's call: courtesy, office and name, office and
//   name, or a name alone that the page addresses elsewhere ("Let us remind Jan Sampleman …");
// - a group's action page that says whom the section calls on, by office or institution
//   ("Amnesty is calling on the Governor of … and the … Board of Pardons and Parole to …").
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const draft = (page: string) => {
  const text = importDocument(page, { source: 'page.txt' }).caseText;
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const fm = (parse(m?.[1] ?? '') ?? {}) as { deadline?: string | null; country?: string | null; targets?: Array<Record<string, unknown>> };
  // "TODO-YYYY-MM-DD": the draft found no deadline.
  return { ...fm, deadline: /^TODO/u.test(String(fm.deadline)) ? null : fm.deadline };
};

describe("an online action's form: its recipients' label above the message's greeting", () => {
  it.each([
    {
      page: [
        'Tell Your Senator: Stop the Example Prison Bill',
        '',
        'The state senate votes next week on a bill that would put children in adult prisons. Ask your senator to vote no.',
        '',
        'Your Information',
        '',
        'Your Message',
        '',
        'Message Recipients: Your State Senator',
        'Dear Senator',
        '',
        'I am writing to ask you to vote against the Example Prison Bill, which would send children to adult prisons in our state.',
        '',
      ],
      name: 'Your State Senator',
      salutation: 'Dear Senator',
    },
    {
      page: [
        'Interpellez votre député',
        '',
        'Le projet de loi sur la surveillance sera voté le mois prochain. Écrivez à votre député pour lui demander de le rejeter.',
        '',
        'Vos informations',
        'Votre message',
        '',
        'Destinataires du message : Votre député',
        '',
        'Madame, Monsieur le Député,',
        '',
        'Je vous écris pour vous demander de rejeter le projet de loi sur la surveillance, qui menace la liberté de chacun.',
        '',
      ],
      name: 'Votre député',
      salutation: 'Madame, Monsieur le Député',
    },
  ])('names "$name", greeted "$salutation"', ({ page, name, salutation }) => {
    const fm = draft(page.join('\n'));
    expect(fm.targets).toHaveLength(1);
    expect(fm.targets?.[0]).toMatchObject({ name, salutation });
  });
});

describe("a petition's line that says whom it goes to, above the letter's greeting", () => {
  it.each([
    {
      page: [
        'Libérez Jeanne Exemple !',
        'Six mois de détention, c’est six mois de trop.',
        'Pétition adressée à Madame Ana Exemplova, Ministre de la Justice d’Exemplie',
        'Madame la Ministre,',
        '',
        'Je vous écris pour vous faire part de mon inquiétude au sujet de Jeanne Exemple, détenue depuis six mois pour avoir manifesté pacifiquement.',
        '',
      ],
      name: 'Ana Exemplova',
      salutation: 'Madame la Ministre',
    },
    {
      page: [
        'Free the Example Four',
        '',
        'Petition to Mr John Sampleton, Attorney General of Exampleland',
        '',
        'Dear Attorney General,',
        '',
        'I am writing to express my concern about the four students held in Example City since March for a peaceful protest.',
        '',
      ],
      name: 'John Sampleton',
      salutation: 'Dear Attorney General',
    },
    {
      page: [
        'Image',
        'Vous pouvez aussi signer en un clic',
        'Relâchez les militants d’Exempleville.',
        'Pétition à l\'attention de Madame Lea Modèle, Procureure générale d’Exemplie',
        'Madame la Procureure générale,',
        '',
        'Je vous écris pour vous demander la libération immédiate des trois militants arrêtés à Exempleville pour une action pacifique.',
        '',
      ],
      name: 'Lea Modèle',
      salutation: 'Madame la Procureure générale',
    },
    {
      page: [
        'Stop the forced evictions in Example Town',
        '',
        'This appeal is addressed to Mrs Jane Sample, Minister of Housing of Exampleland.',
        '',
        'Dear Minister,',
        '',
        'I am writing to urge you to halt the forced evictions in Example Town and to consult the families before any further demolition.',
        '',
      ],
      name: 'Jane Sample',
      salutation: 'Dear Minister',
    },
  ])('names "$name", greeted "$salutation"', ({ page, name, salutation }) => {
    const fm = draft(page.join('\n'));
    expect(fm.targets).toHaveLength(1);
    expect(fm.targets?.[0]).toMatchObject({ name, salutation });
    expect(JSON.stringify(fm.targets)).not.toMatch(/Pétition|Petition/u);
  });
});

describe("a petition page's own line for whom it goes to, under its closing day or signing button", () => {
  it.each([
    {
      page: [
        'Agir',
        'Faire un don',
        'Pétition',
        '',
        'Exemplie : libérez les journalistes',
        '',
        'Jusqu’au 15.03.2024',
        'Madame la Présidente exemplienne, Ana Modèle',
        'Les journalistes doivent être libérés !',
        '',
        'Depuis janvier, douze journalistes sont détenus à Exempleville pour avoir couvert des manifestations pacifiques.',
        '',
        'Signer la pétition',
      ],
      name: 'Ana Modèle',
      title: 'Présidente exemplienne',
      deadline: '2024-03-15',
    },
    {
      page: [
        'JOURNALISTS, NOT CRIMINALS!',
        '',
        'Until 3 May 2024',
        '',
        '4120 supporters.',
        '',
        'Since last year, reporters in Exampleland have been arrested for covering peaceful protests. Let us remind Jan Sampleman of his promises!',
        '',
        'SIGN THE PETITION',
        '',
        'Jan Sampleman',
        '',
        'Free the journalists now!',
        '',
        'SIGN',
      ],
      name: 'Jan Sampleman',
      deadline: '2024-05-03',
    },
    {
      page: [
        'Firma la petición',
        '',
        'Presidenta Lucía Ejemplar',
        '',
        'Liberen a los defensores del río Ejemplo, detenidos desde marzo por protestar pacíficamente.',
        '',
        'Firmar',
      ],
      name: 'Lucía Ejemplar',
      title: 'Presidenta',
      deadline: null,
    },
  ])('names "$name" (deadline $deadline)', ({ page, name, title, deadline }) => {
    const fm = draft(page.join('\n'));
    expect(fm.targets).toHaveLength(1);
    expect(fm.targets?.[0]).toMatchObject(title === undefined ? { name } : { name, title });
    expect(fm.targets?.[0]?.salutation ?? null).toBeNull();
    expect(fm.deadline ?? null).toBe(deadline);
  });

  it('takes a name alone only when the page addresses that person elsewhere (the person at risk may stand under the button)', () => {
    const page = (story: string) => ['Free Mara Example!', '', story, '', 'SIGN THE PETITION', '', 'Jan Sampleman', '', 'Free Mara Example now!', ''].join('\n');
    expect(draft(page('Mara Example, a teacher, was arrested in March by the police of Jan Sampleman for a peaceful protest.')).targets ?? []).toEqual([]);
    expect((draft(page('Mara Example, a teacher, was arrested in March for a peaceful protest. Ask Jan Sampleman to free her!')).targets ?? []).map((t) => t.name)).toEqual(['Jan Sampleman']);
  });

  it('reads a closing day alone only on a page that asks to sign', () => {
    const page = (last: string) => ['Exhibition of the Example Museum', '', 'Until 3 May 2024', '', 'Paintings from the Example collection are shown in the east wing every day but Monday.', '', last, ''].join('\n');
    expect(draft(page('Open every day but Monday.')).deadline ?? null).toBeNull();
    expect(draft(page('Sign the petition to keep the museum open.')).deadline).toBe('2024-05-03');
  });
});

describe('the offices a section calls on in a sentence of an action page', () => {
  it.each([
    {
      page: [
        'Weekly Action and News 03/05/2024',
        '',
        'Please do this action and make a difference.',
        '',
        'Exampleshire man faces execution',
        '',
        'Tom Sample, 41, is due to be executed next month although the only witness against him has withdrawn her statement. Amnesty is calling on the Governor of Exampleshire and the Exampleshire Board of Pardons and Parole to grant clemency. More information can be found here.',
        '',
        'Amnesty have prepared a standard letter, which you can personalise with a few clicks.',
        '',
        'May Meeting',
        '',
        'Our next meeting is on 12th May in the Example Library, where Jane Roe will talk about refugee rights.',
      ],
      names: ['Governor of Exampleshire', 'Exampleshire Board of Pardons and Parole'],
    },
    {
      page: [
        'Action du mois',
        '',
        'Trois syndicalistes sont détenus à Exempleville depuis février. Amnesty International demande au Ministre de l’Intérieur d’Exemplie et à la Commission nationale des droits humains de veiller à leur libération.',
        '',
        'Téléchargez le modèle de lettre et envoyez-le par la poste.',
        '',
      ],
      names: ['Ministre de l’Intérieur d’Exemplie', 'Commission nationale des droits humains'],
    },
  ])('names $names', ({ page, names }) => {
    const fm = draft(page.join('\n'));
    expect((fm.targets ?? []).map((t) => t.name)).toEqual(names);
  });

  it('names no one called on as "the authorities", nor on a page that asks nothing of its reader', () => {
    const asks = 'Please do this action: Amnesty have prepared a standard letter.';
    const call = 'Amnesty is calling on the Governor of Exampleshire to grant clemency.';
    expect(draft(['Exampleland', '', 'Amnesty is calling on the Exampleland authorities and the Governor of Exampleshire to release him.', '', asks, ''].join('\n')).targets ?? []).toEqual([]);
    expect(draft(['Exampleland', '', call, '', 'The group met on Tuesday in the library.', ''].join('\n')).targets ?? []).toEqual([]);
    expect((draft(['Exampleland', '', call, '', asks, ''].join('\n')).targets ?? []).map((t) => t.name)).toEqual(['Governor of Exampleshire']);
  });
});
