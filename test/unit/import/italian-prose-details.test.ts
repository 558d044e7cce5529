// Italian appeals in prose give the official's details inside a sentence: after labels with their
// article and verb ("l'indirizzo postale è:", "il fax:"), in brackets after the official the request
// names, or after whom each email reaches ("la mail del Ministero …:"). Each is read as the block it
// stands for; the writer's own details, a journalist's email and the page's notes never are.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitBracketedDetails, splitLabelledSentence } from '../../../src/import/prose-labels.js';
import { withoutOpeningQuote } from '../../../src/import/quoted-greeting.js';
import { splitWhoseEmails } from '../../../src/import/whose-email.js';
import { draftTargets } from './helpers.js';

describe('splitLabelledSentence: labels with their article and verb inside a sentence', () => {
  const rows: Array<{ line: string; expected: string[] | undefined }> = [
    {
      line: "Per scrivere al Ministro dell'Interno l'indirizzo postale è: Ministro dell'Interno, piazza Esempio 1, 00100 Roma; il fax: 0612345678; l'indirizzo di posta elettronica e': ministro@example.it ;",
      expected: ["Per scrivere al Ministro dell'Interno:", "Ministro dell'Interno", 'piazza Esempio 1', '00100 Roma', 'Fax: 0612345678', 'Email: ministro@example.it'],
    },
    {
      line: 'Potete scrivere al Prefetto di Città Esempio: indirizzo: Prefettura, via Esempio 5, 10100 Torino; telefono: 011 555 0101; pec: prefettura@pec.example.it.',
      expected: ['Potete scrivere al Prefetto di Città Esempio:', 'Prefettura', 'via Esempio 5', '10100 Torino', 'Tel: 011 555 0101', 'Email: prefettura@pec.example.it'],
    },
    // The writer's own details after the appeal: never an official's.
    { line: 'Mittente: il mio indirizzo postale è: via delle Prove 4, 20100 Milano; la mia e-mail: anna@example.net', expected: undefined },
    // One label alone is a sentence's, read elsewhere.
    { line: "Per scrivere al Ministro l'indirizzo è: piazza Esempio 1, 00100 Roma.", expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitLabelledSentence(line)).toEqual(expected);
  });
});

describe('splitBracketedDetails: the details in brackets after the official the request names', () => {
  const rows: Array<{ line: string; expected: string[] | undefined }> = [
    {
      line: 'Propongo di scrivere al Presidente della Repubblica, on. Marco Esempio (Palazzo Esempio, 00100 Roma; con francobollo ordinario: oppure per e-mail: segreteria at example.it, con firma completa) questa lettera:',
      expected: ['Propongo di scrivere al:', 'Presidente della Repubblica', 'on. Marco Esempio', 'Palazzo Esempio', '00100 Roma', 'Email: segreteria@example.it', '', 'con francobollo ordinario:', 'con firma completa', 'questa lettera:'],
    },
    // An aside in brackets holds no address nor channel: no block.
    { line: 'Vi invito a scrivere al Presidente della Repubblica (che ha già ricevuto molte lettere) questa lettera:', expected: undefined },
    // A spoken "at" is an "@" only after an email's label.
    { line: 'Scrivete al Sindaco di Esempio (Piazza Grande 1, 40100 Bologna; chi è at casa può telefonare) oggi.', expected: ['Scrivete al:', 'Sindaco di Esempio', 'Piazza Grande 1', '40100 Bologna', '', 'chi è at casa può telefonare', 'oggi.'] },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitBracketedDetails(line)).toEqual(expected);
  });
});

describe('splitWhoseEmails: each email after whom it reaches', () => {
  const rows: Array<{ line: string; expected: string[] | undefined }> = [
    {
      line: "Qui la mail del Ministero degli Esempi: relazioni@example.it qui invece la mail dell'ambasciatore italiano in Ruritania, Paolo Esempio: ambasciata@example.it .",
      expected: ['Ministero degli Esempi', 'Email: relazioni@example.it', '', 'Paolo Esempio', 'Ambasciatore italiano in Ruritania', 'Email: ambasciata@example.it', '', 'Qui … qui invece', ''],
    },
    // A blog post printed as one long paragraph, the emails at its end.
    {
      line: `${'Nessuno ne parla, e il nostro connazionale è in carcere da sei mesi senza accuse né avvocato. '.repeat(9)}Qui la mail del Ministero degli Esempi: relazioni@example.it .`,
      expected: ['Ministero degli Esempi', 'Email: relazioni@example.it', '', `${'Nessuno ne parla, e il nostro connazionale è in carcere da sei mesi senza accuse né avvocato. '.repeat(9)}Qui`, ''],
    },
    // A journalist's or the blog's own email: whose it is for the letter would be a guess.
    { line: 'Qui la mail del giornalista Mario Rossi: cronista@example.net', expected: undefined },
    { line: 'La mail della nostra redazione: redazione@example.net', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitWhoseEmails(line)).toEqual(expected);
  });
});

describe('withoutOpeningQuote: a letter printed in quotation marks', () => {
  it.each([
    ['"Signor Presidente,', 'Signor Presidente,'],
    ['“Egregio Ministro,', 'Egregio Ministro,'],
    ['"Liberate Davide," dicono i colleghi.', '"Liberate Davide," dicono i colleghi.'],
    // The quotation opens on the addressee's first line instead: a name's or an office's line.
    ['“Mario Esempio', 'Mario Esempio'],
    ['"Ministro della Giustizia', 'Ministro della Giustizia'],
    ['«Jan van Voorbeeld', 'Jan van Voorbeeld'],
    // A quoted sentence cut by the line's end, or closed on its own line, keeps its mark.
    ['“Liberate i prigionieri di', '“Liberate i prigionieri di'],
    ['“Mario Esempio”', '“Mario Esempio”'],
    ['“Le scrivo per la terza volta', '“Le scrivo per la terza volta'],
    ['“Esempio', '“Esempio'],
  ])('%s → %s', (line, expected) => {
    expect(withoutOpeningQuote(line)).toBe(expected);
  });
});

describe('an Italian appeal in prose, imported', () => {
  it('the official in the request and his details in brackets; the quoted letter greets him', () => {
    const page = [
      'Una lettera per Luca',
      '',
      'Luca Prova è in carcere da tre anni per aver scritto un articolo.',
      '',
      'Propongo di scrivere al Presidente della Repubblica, on. Marco Esempio (Palazzo Esempio, 00100 Roma; con francobollo ordinario: oppure per e-mail: segreteria at example.it, con firma completa) questa lettera:',
      '',
      '"Signor Presidente,',
      'le scrivo per chiederle di intervenire in favore di Luca Prova, detenuto ingiustamente da tre anni.',
      'Con osservanza,"',
    ].join('\n');
    const result = importDocument(page, { source: 'blog.txt' });
    const [target, ...others] = draftTargets(result.caseText);
    expect(others).toEqual([]);
    expect(target).toMatchObject({ name: 'Marco Esempio', title: 'Presidente della Repubblica', address: ['Palazzo Esempio', '00100 Roma'], email: 'segreteria@example.it', salutation: 'Signor Presidente' });
    expect(result.caseText).toContain('languages: [it]');
  });
});
