// Pages that came by email: a UA forwarded by a mailing list with every line quoted, a letter set out
// as a memo ("To: … / From: … / Date: … / Re: …"), an email-action page's preview. The quoted text is
// read as text, the mail's headers and the form's headings are furniture, the memo's To: line names
// the officials, and neither the forwarder's signature nor the memo's writer is ever an official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { fold } from '../../../src/import/fold.js';
import { namesReadersGroup } from '../../../src/import/group-greeting.js';
import { isAddressLike } from '../../../src/import/official-words.js';
import { readMailLines } from '../../../src/import/quoted-mail.js';
import { draftTargets } from './helpers.js';

const quoted = (lines: string[]) => lines.map((l) => `> ${l}`);

describe('readMailLines', () => {
  const rows: Array<{ what: string; lines: string[]; expected: string[] | undefined }> = [
    {
      what: 'takes the quote marks off, nested ones too',
      lines: ['> AZIONE URGENTE', '> > Governor Roy Example', '>> State Capitol Building', '>', '> Atlanta, GA 30334', '> USA'],
      expected: ['AZIONE URGENTE', 'Governor Roy Example', 'State Capitol Building', '', 'Atlanta, GA 30334', 'USA'],
    },
    {
      what: "joins a wrapped tail back onto a quoted line stopped on a word in lower case",
      lines: ['> Scrivete al Governatore della', 'Georgia', '> Governor Roy Example', '> State Capitol Building', '> Atlanta, GA 30334', '> USA'],
      expected: ['Scrivete al Governatore della Georgia', 'Governor Roy Example', 'State Capitol Building', 'Atlanta, GA 30334', 'USA'],
    },
    {
      what: 'joins a wrapped tail back onto a quoted line the mailer cut near its width',
      lines: ['> Marco Esempio è stato condannato a morte nel 1995 per un omicidio che', 'ha sempre negato.', '> Governor Roy Example', '> State Capitol Building', '> USA', '> Fax: 1'],
      expected: ['Marco Esempio è stato condannato a morte nel 1995 per un omicidio che ha sempre negato.', 'Governor Roy Example', 'State Capitol Building', 'USA', 'Fax: 1'],
    },
    {
      what: 'leaves an unquoted line under a quoted line that ends (it may be the forwarder\'s remark)',
      lines: ['> Governor Roy Example', 'Georgia', '> State Capitol Building', '> Atlanta, GA 30334', '> USA', '> Fax: 1'],
      expected: ['Governor Roy Example', 'Georgia', 'State Capitol Building', 'Atlanta, GA 30334', 'USA', 'Fax: 1'],
    },
    {
      what: 'leaves a labelled line unjoined, even under a line stopped in lower case',
      lines: ['> Scrivete al Governatore della', 'Fax: 001 404 555 0100', '> Governor Roy Example', '> State Capitol Building', '> Atlanta, GA 30334', '> USA'],
      expected: ['Scrivete al Governatore della', 'Fax: 001 404 555 0100', 'Governor Roy Example', 'State Capitol Building', 'Atlanta, GA 30334', 'USA'],
    },
    {
      what: "blanks the forwarded message's line, its header and the forwarder's note above it",
      lines: ['Un saluto', 'Jane Example', 'Responsabile', '----- Original Message -----', 'From: Karim Beispiel', 'To: lista@example.org', 'Sent: Tuesday, March 09, 2010', 'Subject: Azione urgente', '', ...quoted(['AZIONE URGENTE', 'Governor Roy Example', 'State Capitol Building', 'Atlanta, GA 30334', 'USA'])],
      expected: ['', '', '', '', '', '', '', '', '', 'AZIONE URGENTE', 'Governor Roy Example', 'State Capitol Building', 'Atlanta, GA 30334', 'USA'],
    },
    {
      what: "blanks the mailer's line naming who wrote the quoted message, and the forwarder's note above it",
      lines: ['Scrivete in tanti!', 'Jane Example', 'Tel. 02 5550 0100', 'Il giorno mar 9 mar 2010, Karim Beispiel <k@example.org> ha scritto:', ...quoted(['AZIONE URGENTE', 'Governor Roy Example', 'State Capitol Building', 'Atlanta, GA 30334', 'USA', 'Fax: 1'])],
      expected: ['', '', '', '', 'AZIONE URGENTE', 'Governor Roy Example', 'State Capitol Building', 'Atlanta, GA 30334', 'USA', 'Fax: 1'],
    },
    {
      what: 'blanks the header of a message forwarded inside the quoted one, and keeps the quoted lines above it',
      lines: quoted(['Vi giro questo appello.', 'Karim Beispiel', '----- Original Message -----', 'From: Sezione Esempio', 'To: Karim Beispiel', 'Date: 8 marzo 2010', '', '> AZIONE URGENTE', '> Governor Roy Example']),
      expected: ['Vi giro questo appello.', 'Karim Beispiel', '', '', '', '', '', 'AZIONE URGENTE', 'Governor Roy Example'],
    },
    {
      what: "blanks a Gmail forward's header in German, with no quote marks",
      lines: ['Hallo zusammen,', '---------- Weitergeleitete Nachricht ---------', 'Von: Karim Beispiel <k@example.org>', 'Datum: Di., 9. März 2010', 'Betreff: Eilaktion', 'An: liste@example.org', '', 'EILAKTION', 'Gouverneur Roy Example', 'State Capitol Building', 'Atlanta, GA 30334', 'USA'],
      expected: ['', '', '', '', '', '', '', 'EILAKTION', 'Gouverneur Roy Example', 'State Capitol Building', 'Atlanta, GA 30334', 'USA'],
    },
    {
      what: "blanks an email-action form's preview: its headings and its header",
      lines: ['Message Preview', 'From: Your Name <>', 'Subject: Protejan a Rosa Ejemplo', 'Your Personal Statement', '', 'Mr. Jane Example'],
      expected: ['', '', '', '', '', 'Mr. Jane Example'],
    },
    {
      what: "keeps a memo's head, whose To: line names the officials",
      lines: ['To: Lic. Jane Example, President; Sr. Juan Ejemplo, Attorney General', 'From: Ann Writer', 'Date: 2004-05-08', 'Re: Tomas Ejemplo'],
      expected: undefined,
    },
    {
      what: "blanks a mail's header whose From: gives an address, though its To: names a person",
      lines: ['From: Jane Example <jane@example.org>', 'Date: Tue, 9 Mar 2010', 'Subject: Urgent Action', 'To: Karim Beispiel', '', 'URGENT ACTION'],
      expected: ['', '', '', '', '', 'URGENT ACTION'],
    },
    { what: 'leaves a page with a stray quote mark or two', lines: ['> Governor Roy Example', 'State Capitol Building', '> Atlanta', 'USA', 'Fax: 1'], expected: undefined },
    { what: 'leaves a lone "From:" line, which is no mail header', lines: ['From: the Ministry of Justice', 'Jane Example', 'Minister of Justice'], expected: undefined },
  ];
  it.each(rows)('$what', ({ lines, expected }) => {
    expect(readMailLines(lines)?.map((l) => l.text)).toEqual(expected);
  });

  it('keeps each line at its source line, a joined tail at the line it was wrapped from', () => {
    const lines = ['> Scrivete al Governatore della', 'Georgia', '> Governor Roy Example', '> State Capitol Building', '> Atlanta, GA 30334', '> USA'];
    expect(readMailLines(lines)?.map((l) => l.line)).toEqual([1, 3, 4, 5, 6]);
  });
});

describe('isAddressLike: a capital and its district', () => {
  const rows = [
    { line: 'Bogota D.C', expected: true },
    { line: 'Bogotá D.C.', expected: true },
    { line: 'México D.F.', expected: true },
  ];
  it.each(rows)('$line → $expected', ({ line, expected }) => {
    expect(isAddressLike(line)).toBe(expected);
  });

  it('still reads a name with initials or a degree as no address', () => {
    expect(['Jane Example J.D.', 'Roy D. Example'].map((l) => isAddressLike(l))).toEqual([false, false]);
  });
});

describe("namesReadersGroup: a To: line's readers as a group", () => {
  const rows: Array<{ to: string; expected: boolean }> = [
    { to: 'Harbour Prisoners Campaign Supporters', expected: true },
    { to: 'All members', expected: true },
    { to: 'Friends of the Quay Network', expected: true },
    { to: 'Colleagues', expected: true },
    { to: 'Members of the State Legislature', expected: false },
    { to: 'Members of Parliament', expected: false },
    { to: 'Lic. Jane Example, President of the Republic', expected: false },
    { to: 'Minister Ann Example', expected: false },
  ];
  it.each(rows)('$to → $expected', ({ to, expected }) => {
    expect(namesReadersGroup(fold(to))).toBe(expected);
  });
});

describe('importing a page that came by email', () => {
  const rows: Array<{ what: string; page: string[]; names: string[]; titles?: string[]; address?: string[] }> = [
    {
      what: "a forwarded post's quoted official is read, and the forwarder's signature is no official",
      page: [
        'Cari amici, vi giro questo appello.',
        'Jane Example',
        'Responsabile',
        'http://www.example.it',
        '',
        '----- Original Message -----',
        'From: Karim Beispiel',
        'To: lista@example.org',
        'Sent: Tuesday, March 09, 2010 10:12 AM',
        'Subject: AZIONE URGENTE',
        '',
        ...quoted(['AZIONE URGENTE', "STATI UNITI D'AMERICA: Esecuzione imminente", 'Inviate appelli entro il 28 marzo 2010.', '', 'Scrivete al Governatore della']),
        'Georgia',
        ...quoted(['> Governor Roy Example', '> State Capitol Building', '> Atlanta, GA 30334', '> USA', '> Fax: 001 404 555 0100', '> Saluto: Dear Governor']),
      ],
      names: ['Roy Example'],
      titles: ['Governor'],
      address: ['State Capitol Building', 'Atlanta, GA 30334', 'USA'],
    },
    {
      what: "a reply's quoted official is read, and the signature with a phone above it is no official",
      page: [
        'Scrivete in tanti!',
        '',
        'Jane Example',
        'Responsabile Gruppo Esempio',
        'Tel. 02 5550 0100',
        'jane@example.it',
        '',
        'Il giorno mar 9 mar 2010, Karim Beispiel <karim@example.org> ha scritto:',
        ...quoted(['AZIONE URGENTE', "STATI UNITI D'AMERICA: Esecuzione imminente", 'Inviate appelli entro il 28 marzo 2010.', '', 'Scrivete al Governatore della']),
        'Georgia',
        ...quoted(['Governor Roy Example', 'State Capitol Building', 'Atlanta, GA 30334', 'USA', 'Fax: 001 404 555 0100']),
      ],
      names: ['Roy Example'],
      titles: ['Governor'],
    },
    {
      what: "a memo's To: line gives each official his own office, and the writer is none",
      page: [
        'URGENT ACTION',
        'MEXICO: WRITER HELD WITHOUT CHARGE',
        'Please send the letter below before 30 June 2004.',
        '',
        'To: Lic. Jane Example, President of the United Mexican States; Sr. Juan Ejemplo, Attorney General',
        'From: Ann Writer, LL.B.',
        'Date: 2004-05-08',
        'Re: The detention of Tomas Ejemplo',
        '',
        'Dear President,',
        '',
        'I am writing to express my deep concern for the writer Tomas Ejemplo, held without charge since April. I urge you to release him.',
      ],
      names: ['Jane Example', 'Juan Ejemplo'],
      titles: ['President of the United Mexican States', 'Attorney General'],
    },
    {
      what: "a memo in Spanish: Para: / De: / Fecha: / Asunto:",
      page: [
        'ACCIÓN URGENTE',
        'MÉXICO: ESCRITOR DETENIDO SIN CARGOS',
        'Envíen la carta antes del 30 de junio de 2004.',
        '',
        'Para: Lic. Juana Ejemplo, Presidenta de la República; Sr. Juan Muestra, Fiscal General',
        'De: Ana Escritora',
        'Fecha: 8 de mayo de 2004',
        'Asunto: Tomás Ejemplo',
        '',
        'Señora Presidenta:',
        '',
        'Le escribo para expresar mi honda preocupación por el escritor Tomás Ejemplo, detenido sin cargos desde abril. Le pido que lo ponga en libertad.',
      ],
      names: ['Juana Ejemplo', 'Juan Muestra'],
      titles: ['Presidenta de la República', 'Fiscal General'],
    },
    {
      what: "a memo to the campaign's own readers names no official: the address it gives is the one",
      page: [
        'To: Harbour Prisoners Campaign Supporters',
        'From: Ann Writer, coordinator',
        'March 2001',
        '',
        'Dear Friend,',
        '',
        'Please write to your Members of the Legislature today. The mailing address is',
        '',
        'State Legislature',
        'Porthaven, PV 10400',
        '',
        'With thanks,',
        'Ann Writer',
      ],
      names: ['State Legislature'],
    },
    {
      what: "an email-action page's preview is furniture, and the addressee block under it the official",
      page: [
        'COLOMBIA: DEFENSORA AMENAZADA DE MUERTE',
        'Envíe su mensaje antes del 15 de junio de 2009.',
        '',
        'Message Preview',
        'From: Your Name <>',
        'Subject: Protejan a Rosa Ejemplo',
        'Your Personal Statement',
        '',
        'Mr. Jane Example',
        'Programa Presidencial de Derechos Humanos',
        'Calle 7 No 6 - 54',
        'Bogota D.C',
        '',
        'Dear Mr. Jane Example,',
        '',
        'I am writing to urge you to take immediate steps to protect Rosa Ejemplo and her family, and to investigate the threats against them.',
      ],
      names: ['Jane Example'],
      address: ['Programa Presidencial de Derechos Humanos', 'Calle 7 No 6 - 54', 'Bogota D.C'],
    },
  ];
  it.each(rows)('$what', ({ page, names, titles, address }) => {
    const targets = draftTargets(importDocument(page.join('\n'), { source: 'mail.txt' }).caseText);
    expect(targets.map((t) => t.name)).toEqual(names);
    if (titles) expect(targets.map((t) => t.title)).toEqual(titles);
    if (address) expect(targets[0]?.address).toEqual(address);
  });

  it("gives the official the address the forwarded mail's header shows by his name, and makes no official of a list's address", () => {
    const page = [
      'Letter to J. Example',
      '',
      'From: Ann Writer <ann@example.org>',
      'To: EXAMPLE Jane <Jane.EXAMPLE@example.int>',
      'Cc: Appeals list <appeals@lists.example.org>',
      'Date: Monday, April 11, 2011',
      '',
      'Dear Ms. Example,',
      'I am forwarding you the letter from our colleagues.',
      'Ann',
      '',
      'To:',
      '',
      'Ms. Jane Example, Commissioner for Human Rights, Council of Example',
      '',
      'Copy:',
      '',
      'Mr. Karim Beispiel, High Commissioner for Refugees',
      '',
      'Dear Ms. Example,',
      '',
      'I would like to appeal to you urgently to help us protect refugees who are held without trial.',
    ];
    const targets = draftTargets(importDocument(page.join('\n'), { source: 'mail.txt' }).caseText);
    expect(targets.map((t) => [t.name, t.email])).toEqual([['Jane Example', 'Jane.EXAMPLE@example.int'], ['Karim Beispiel', undefined]]);
  });

  it('cites the source lines of a forwarded page, quote marks and joined tails and all', () => {
    const page = ['Jane Example', '----- Original Message -----', 'From: K', 'Sent: today', '', ...quoted(['Scrivete al Governatore della']), 'Georgia', ...quoted(['Governor Roy Example', 'State Capitol Building', 'Atlanta, GA 30334', 'USA', 'Fax: 001 404 555 0100'])];
    const { report } = importDocument(page.join('\n'), { source: 'mail.txt' });
    expect(report.entries.find((e) => e.field === 'targets[0].name')?.line).toBe(8);
    expect(report.entries.find((e) => e.field === 'targets[0].fax')?.line).toBe(12);
  });
});
