// Italian and Portuguese Urgent Actions (Amnesty Italia's "Azione urgente", Anistia Brasil's and
// Amnistia Portugal's "Ação Urgente" / "Acção Urgente"): their headings, instructions, labels,
// courtesy titles, offices, greetings and closings read as the other sections' are.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const LETTER_IT = 'le scrivo per chiederle di rilasciare immediatamente e senza condizioni Jane Esempio, detenuta solo per le sue opinioni.';
const LETTER_PT = 'Escrevo-lhe para pedir a libertação imediata e incondicional de Jane Exemplo, detida apenas pelas suas opiniões.';

const draft = (lines: readonly string[]) => importDocument(lines.join('\n'), { source: 't.txt' }).caseText;
const front = (caseText: string) => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') ?? {}) as Record<string, unknown>;
const letterOf = (caseText: string) => /^## Letter\b[^\n]*\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(caseText)?.[1]?.trim();

/** An Italian page: the kind, the headline, a story, then `body`. */
const italian = (...body: string[]) => ['AZIONE URGENTE', 'ESEMPIA: GIORNALISTA ARRESTATA', 'AU 12/24', '', 'La giornalista Jane Esempio è stata arrestata il 3 marzo 2024 dopo un articolo sul governo.', '', ...body];
const portuguese = (kind: string, ...body: string[]) => [kind, 'EXEMPLÂNDIA: JORNALISTA DETIDA', '', 'A jornalista Jane Exemplo foi detida a 3 de março depois de publicar uma reportagem.', '', ...body];

const OFFICIAL_IT = ['Scrivete a:', 'Ministro della Giustizia', 'Mario Esempio', 'Via Esempio 1', '00100 Esempiopoli', 'Email: ministro@example.gov'];
const OFFICIAL_PT = ['Escreva para:', 'Ministro da Justiça', 'João Exemplo', 'Rua Exemplo, 1', '1000-001 Exemplópolis', 'E-mail: ministro@example.gov'];

describe('the headline under "AZIONE URGENTE" / "ACÇÃO URGENTE", and on the kind line itself', () => {
  const rows: Array<{ page: string[]; title: string }> = [
    // The reference under the kind line had been taken for it, and "COSA PUOI FARE" for the headline.
    { page: ['AZIONE URGENTE', 'AU 12/24', 'COSA PUOI FARE', 'ESEMPIA: GIORNALISTA ARRESTATA', ...OFFICIAL_IT], title: 'Esempia: giornalista arrestata' },
    { page: ['ACÇÃO URGENTE', 'JORNALISTA DETIDA APÓS REPORTAGEM', '', 'A jornalista Jane Exemplo foi detida.', ...OFFICIAL_PT], title: 'Jornalista detida após reportagem' },
    { page: ['AÇÃO URGENTE: POLÍCIA AMEAÇA FAMÍLIA DE JOVEM', '', 'A família de Jane Exemplo recebe ameaças.', '', ...OFFICIAL_PT], title: 'Polícia ameaça família de jovem' },
  ];
  it.each(rows)('$title', ({ page, title }) => {
    expect(front(draft(page)).title).toBe(title);
  });
});

describe('the sample letter: its greeting, its closing, and a language label printed above it', () => {
  const rows: Array<{ what: string; page: string[]; first: string; last: string }> = [
    { what: '"Eccellenza,"', page: italian(...OFFICIAL_IT, '', 'Eccellenza,', '', LETTER_IT, '', 'Distinti saluti,', 'Jane Reader'), first: 'le scrivo', last: 'opinioni.' },
    { what: '"Egregio Signor Ministro," under "Modello di lettera"', page: italian(...OFFICIAL_IT, '', 'Modello di lettera', '', 'Egregio Signor Ministro,', '', LETTER_IT, '', 'Cordiali saluti'), first: 'le scrivo', last: 'opinioni.' },
    { what: '"Gentile Procuratrice," closed "In fede"', page: italian(...OFFICIAL_IT, '', 'Gentile Procuratrice,', '', LETTER_IT, '', 'In fede', '', 'Informazioni aggiuntive', 'La giornalista lavora da dieci anni.'), first: 'le scrivo', last: 'opinioni.' },
    // "Lingua preferita: …" between the officials and the letter had ended the search for the letter.
    { what: '"Lingua preferita:" above the letter', page: italian(...OFFICIAL_IT, '', 'Lingua preferita: arabo, inglese', '', 'Eccellenza,', '', LETTER_IT, '', 'Distinti saluti'), first: 'le scrivo', last: 'opinioni.' },
    { what: '"Idioma preferencial:" above the letter', page: portuguese('AÇÃO URGENTE', ...OFFICIAL_PT, '', 'Idioma preferencial: português, inglês', '', 'Excelentíssimo Senhor Ministro,', '', LETTER_PT, '', 'Atenciosamente,'), first: 'Escrevo-lhe', last: 'opiniões.' },
  ];
  it.each(rows)('$what', ({ page, first, last }) => {
    const letter = letterOf(draft(page)) ?? '';
    expect(letter.startsWith(first)).toBe(true);
    expect(letter.endsWith(last)).toBe(true);
  });
});

describe('the preferred languages, labelled in Italian', () => {
  const rows: Array<{ label: string; expected: string[] }> = [
    { label: 'Lingue preferite: arabo, francese, inglese', expected: ['ar', 'fr', 'en'] },
  ];
  it.each(rows)('$label', ({ label, expected }) => {
    expect(front(draft(italian(...OFFICIAL_IT, '', label, '', 'Eccellenza,', '', LETTER_IT))).languages).toEqual(expected);
  });
});

describe("a deadline sentence under the last official's block is an instruction, never an address line", () => {
  const rows: Array<{ line: string; page: (line: string) => string[] }> = [
    { line: 'Inviate appelli entro il 12 marzo 2024.', page: (line) => italian(...OFFICIAL_IT, '', line, '', 'Eccellenza,', '', LETTER_IT) },
    { line: 'Scrivete entro il 20 maggio 2024.', page: (line) => italian(...OFFICIAL_IT, 'Saluto: Eccellenza', '', line, '', 'Eccellenza,', '', LETTER_IT) },
    { line: 'Enviem apelos até 12 de março de 2024.', page: (line) => portuguese('AÇÃO URGENTE', ...OFFICIAL_PT, 'Tratamento: Senhor Ministro', '', line, '', 'Senhor Ministro,', '', LETTER_PT) },
  ];
  it.each(rows)('$line', ({ line, page }) => {
    const [t] = draftTargets(draft(page(line)));
    expect(t?.address).toEqual([expect.stringMatching(/^Via|^Rua/), expect.stringMatching(/^\d/)]);
    expect(front(draft(page(line))).deadline).not.toMatch(/^TODO/);
  });
});

describe("an official's block in Italian and Portuguese", () => {
  const rows: Array<{ what: string; page: string[]; expected: Record<string, unknown> }> = [
    {
      what: '"Saluto:" is the salutation, never an address line',
      page: italian('Scrivete a:', 'Ministro della Giustizia', 'Mario Esempio', 'Via Esempio 1', '00100 Esempiopoli', 'Saluto: Egregio Signor Ministro', '', 'Eccellenza,', '', LETTER_IT),
      expected: { name: 'Mario Esempio', salutation: 'Egregio Signor Ministro', address: ['Via Esempio 1', '00100 Esempiopoli'] },
    },
    ...(
      [
        ['Sig.ra Laila Esempio', 'Sig.ra'],
        ['Sig. Mario Esempio', 'Sig.'],
        ['Dott.ssa Laila Esempio', 'Dott.ssa'],
        ['Dott. Mario Esempio', 'Dott.'],
        ['Avv. Laila Esempio', 'Avv.'],
        ['On. Mario Esempio', 'On.'],
        ['Ilmo. Sr. Mario Esempio', 'Ilmo. Sr.'],
      ] as const
    ).map(([line, honorific]) => ({
      what: `"${honorific}" is a courtesy title`,
      page: italian('Scrivete a:', 'Ministro della Giustizia', line, 'Via Esempio 1', '00100 Esempiopoli', '', 'Eccellenza,', '', LETTER_IT),
      expected: { name: line.slice(honorific.length + 1), honorific },
    })),
    ...(['Capo del potere giudiziario', 'Sindaco di Esempiopoli', 'Embaixador de Exemplândia'] as const).map((office) => ({
      what: `"${office}" is an office`,
      page: italian('Scrivete a:', office, 'Mario Esempio', 'Via Esempio 1', '00100 Esempiopoli', '', 'Eccellenza,', '', LETTER_IT),
      expected: { name: 'Mario Esempio', title: office },
    })),
    {
      what: '"Ufficio del …" is the first line of the address',
      page: italian('Scrivete a:', 'Procuratore generale', 'Mario Esempio', 'Ufficio del Procuratore generale', 'Via Esempio 1', '00100 Esempiopoli', '', 'Eccellenza,', '', LETTER_IT),
      expected: { name: 'Mario Esempio', address: ['Ufficio del Procuratore generale', 'Via Esempio 1', '00100 Esempiopoli'] },
    },
    {
      what: "an Italian c/o line is an address line, not running text",
      page: italian('Scrivete a:', 'Procuratore generale', 'Mario Esempio', "Indirizzo: c/o Ambasciata della Repubblica di Esempia presso l'Unione europea, Rue Exemple 15, 1050 Bruxelles", '', 'Eccellenza,', '', LETTER_IT),
      expected: { name: 'Mario Esempio', address: ["c/o Ambasciata della Repubblica di Esempia presso l'Unione europea", 'Rue Exemple 15', '1050 Bruxelles'] },
    },
    {
      // Its last words had become the name, the name line under it left out.
      what: 'an office with a comma in it, the name on the line under it',
      page: portuguese('AÇÃO URGENTE', 'Escreva para:', 'Ministra da Justiça, Assuntos Constitucionais e Religiosos', 'Exma. Sra. Helena Exemplo', 'Avenida Exemplo, 33', 'Exemplópolis', '', 'Senhora Ministra,', '', LETTER_PT),
      expected: { name: 'Helena Exemplo', honorific: 'Exma. Sra.', title: 'Ministra da Justiça, Assuntos Constitucionais e Religiosos' },
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(draftTargets(draft(page))[0]).toMatchObject(expected);
  });
});

describe('the heading of the copies', () => {
  const rows: Array<{ heading: string; page: (heading: string) => string[] }> = [
    { heading: 'In copia a:', page: (h) => italian(...OFFICIAL_IT, '', h, 'Ambasciata di Esempia', 'Via Esempio 9', '00199 Roma', '', 'Eccellenza,', '', LETTER_IT) },
    { heading: 'Per conoscenza:', page: (h) => italian(...OFFICIAL_IT, '', h, 'Ambasciata di Esempia', 'Via Esempio 9', '00199 Roma', '', 'Eccellenza,', '', LETTER_IT) },
  ];
  it.each(rows)('$heading', ({ heading, page }) => {
    const targets = draftTargets(draft(page(heading)));
    expect(targets.map((t) => t.copy === true)).toEqual([false, true]);
  });
});

describe('the deadline, in Italian and Portuguese wordings', () => {
  const rows: Array<{ line: string; page: (line: string) => string[]; expected: string }> = [
    { line: 'Inviate appelli prima del 20 aprile 2024.', page: (l) => italian(...OFFICIAL_IT, '', l, '', 'Eccellenza,', '', LETTER_IT), expected: '2024-04-20' },
    { line: 'Inviate appelli fino al 20 aprile 2024.', page: (l) => italian(...OFFICIAL_IT, '', l, '', 'Eccellenza,', '', LETTER_IT), expected: '2024-04-20' },
    { line: 'Scrivete entro e non oltre il 20 aprile 2024.', page: (l) => italian(...OFFICIAL_IT, '', l, '', 'Eccellenza,', '', LETTER_IT), expected: '2024-04-20' },
  ];
  it.each(rows)('$line', ({ line, page, expected }) => {
    expect(String(front(draft(page(line))).deadline)).toBe(expected);
  });
});

describe('"Scrivete in arabo, inglese o italiano": the languages asked for in a sentence', () => {
  it('gives them in the order written', () => {
    expect(front(draft(italian(...OFFICIAL_IT, '', 'Scrivete in arabo, inglese o italiano.', '', 'Eccellenza,', '', LETTER_IT))).languages).toEqual(['ar', 'en', 'it']);
  });
});

describe('an official named in the instruction to write', () => {
  const rows: Array<{ what: string; page: string[]; expected: Array<Record<string, unknown>> }> = [
    {
      // The embassy's email had been given to the prosecutor.
      what: 'Italian: the embassy to copy, "e mettete in copia l\'Ambasciata …"',
      page: italian("Scrivete al Procuratore generale, Karim Esempio, all'indirizzo email pg@example.gov, e mettete in copia l'Ambasciata di Esempia in Italia: amb@example.it", '', 'Eccellenza,', '', LETTER_IT),
      expected: [{ name: 'Karim Esempio', email: 'pg@example.gov' }, { name: 'Ambasciata di Esempia in Italia', email: 'amb@example.it', copy: true }],
    },
    {
      // "da" joins the office's words: the name after it had been lost.
      what: 'Portuguese: "Escreva ao Ministro da Justiça, …"',
      page: portuguese('AÇÃO URGENTE', 'Escreva ao Ministro da Justiça, João Exemplo, pelo e-mail ministro@example.gov', '', 'Senhor Ministro,', '', LETTER_PT),
      expected: [{ name: 'João Exemplo', title: 'Ministro da Justiça', email: 'ministro@example.gov' }],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(draftTargets(draft(page))).toMatchObject(expected);
  });
});

describe('an Italian official flattened onto one line', () => {
  const rows: Array<{ line: string; expected: Record<string, unknown> }> = [
    {
      line: 'Presidente della Repubblica Sua Eccellenza Abdel Esempio Palazzo presidenziale Esempiopoli, Esempia Fax: +999 2390 0000',
      expected: { name: 'Abdel Esempio', honorific: 'Sua Eccellenza', title: 'Presidente della Repubblica', address: ['Palazzo presidenziale Esempiopoli, Esempia'] },
    },
    {
      line: 'Ambasciata di Esempia S.E. Faisal Campione Via Salaria 9, 00199 Roma Email: amb@example.it',
      expected: { name: 'Faisal Campione', honorific: 'S.E.', address: ['Ambasciata di Esempia', 'Via Salaria 9, 00199 Roma'] },
    },
    {
      // "Nuovo" had been left on the line above the palace.
      line: 'Procuratore generale S.E. Karim Esempio, Ufficio del Procuratore generale, Nuovo Palazzo di Giustizia, Il Cairo, Egitto Fax: +999 2577 0000 Email: pg@example.gov',
      expected: { name: 'Karim Esempio', address: ['Ufficio del Procuratore generale', 'Nuovo Palazzo di Giustizia, Il Cairo, Egitto'] },
    },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(draftTargets(draft(italian('Inviate appelli a:', line, '', 'Eccellenza,', '', LETTER_IT)))[0]).toMatchObject(expected);
  });
});

describe('the Italian and Portuguese email labels', () => {
  // The label had been left in the address as a line of its own ("Posta elettronica:").
  const rows: Array<{ label: string; page: (line: string) => string[] }> = [
    { label: 'Posta elettronica:', page: (l) => italian('Scrivete a:', 'Ministro della Giustizia', 'Mario Esempio', 'Via Esempio 1', '00100 Esempiopoli', l, '', 'Eccellenza,', '', LETTER_IT) },
    // PEC, the certified mail of Italian offices.
    { label: 'PEC:', page: (l) => italian('Scrivete a:', 'Ministro della Giustizia', 'Mario Esempio', 'Via Esempio 1', '00100 Esempiopoli', l, '', 'Eccellenza,', '', LETTER_IT) },
    { label: 'Correio eletrónico:', page: (l) => portuguese('ACÇÃO URGENTE', 'Escreva para:', 'Ministro da Justiça', 'João Exemplo', 'Rua Exemplo, 1', '1000-001 Exemplópolis', l, '', 'Senhor Ministro,', '', LETTER_PT) },
    { label: 'Correio eletrônico:', page: (l) => portuguese('AÇÃO URGENTE', 'Escreva para:', 'Ministro da Justiça', 'João Exemplo', 'Rua Exemplo, 1', '1000-001 Exemplópolis', l, '', 'Senhor Ministro,', '', LETTER_PT) },
  ];
  it.each(rows)('"$label" labels the email, never an address line', ({ label, page }) => {
    const [t] = draftTargets(draft(page(`${label} gabinete@example.gov`)));
    expect(t).toMatchObject({ email: 'gabinete@example.gov', address: [expect.stringMatching(/^Via|^Rua/), expect.stringMatching(/^\d/)] });
  });
});

describe('a Portuguese office, then its courtesy titles, then the name, on one line', () => {
  const rows: Array<{ what: string; line: string; expected: Record<string, unknown> }> = [
    {
      // The office's last word had opened the name: "Interna Exma. Sra. Dra. Helena Exemplo".
      what: 'an office the lists know only in part',
      line: 'Ministra da Administração Interna Exma. Sra. Dra. Helena Exemplo',
      expected: { name: 'Helena Exemplo', honorific: 'Exma. Sra. Dra.', title: 'Ministra da Administração Interna' },
    },
    {
      // "Dr." had been read as the English courtesy title, "Exmo. Sr." left on the office.
      what: 'run into the address and the email on one line',
      line: 'Procurador-Geral da República Exmo. Sr. Dr. Hélder Exemplo Rua Exemplo, 1 1000-001 Exemplópolis Correio eletrónico: pgr@example.gov',
      expected: { name: 'Hélder Exemplo', honorific: 'Exmo. Sr. Dr.', title: 'Procurador-Geral da República', email: 'pgr@example.gov' },
    },
  ];
  it.each(rows)('$what', ({ line, expected }) => {
    const [t] = draftTargets(draft(portuguese('AÇÃO URGENTE', 'Escreva para:', line, 'Correio eletrónico: pgr@example.gov', '', 'Senhor Procurador,', '', LETTER_PT)));
    expect(t).toMatchObject(expected);
  });

  it('leaves a rank and a name it cannot tell apart out of the name, and names them in a TODO', () => {
    const text = draft(portuguese('AÇÃO URGENTE', 'Escreva para:', 'Presidente do Supremo Tribunal Exmo. Sr. Juiz Conselheiro Hélder Exemplo', 'Correio eletrónico: stj@example.gov', '', 'Senhor Presidente,', '', LETTER_PT));
    expect(String(draftTargets(text)[0]?.name)).not.toMatch(/Exmo|Sr\./);
    expect(text).toMatch(/# TODO: line \d+ "Juiz Conselheiro Hélder Exemplo"/);
  });
});
