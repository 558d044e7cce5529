import { describe, expect, it } from 'vitest';
import { recogniseDeadline, recogniseIssued } from '../../../src/import/deadline.js';
import { doc } from './helpers.js';

describe('recogniseDeadline', () => {
  const rows: Array<{ name: string; text: string; value: string; confidence: string; line: number }> = [
    { name: 'the English label', text: 'x\nPLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: September 27, 2024', value: '2024-09-27', confidence: 'high', line: 2 },
    { name: 'the Spanish label', text: 'ACTÚEN LO ANTES POSIBLE Y NO MÁS TARDE DEL: 27 de septiembre de 2024', value: '2024-09-27', confidence: 'high', line: 1 },
    { name: 'the French label', text: "MERCI D'AGIR AVANT LE : 1er octobre 2024", value: '2024-10-01', confidence: 'high', line: 1 },
    { name: "a Swiss section's sending limit beside the postage", text: "Fr. 0.85 (courrier B) Délai d'envoi: 15 décembre 2019 !", value: '2019-12-15', confidence: 'high', line: 1 },
    { name: 'a value on the next line', text: 'PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL:\n27 September 2024', value: '2024-09-27', confidence: 'high', line: 2 },
    { name: 'a value a PDF wrapped', text: 'PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 20\nNovember 2024', value: '2024-11-20', confidence: 'high', line: 1 },
    { name: 'the older "send appeals before" layout', text: 'URGENT ACTION\nPLEASE SEND APPEALS BEFORE 27 SEPTEMBER 2024 TO:', value: '2024-09-27', confidence: 'high', line: 2 },
    { name: 'an unlabelled sentence', text: 'Please write to the officials before 3 March 2025, if you can.', value: '2025-03-03', confidence: 'medium', line: 1 },
    { name: "the labelled template's notice", text: 'APPEAL DEADLINE NOTICE: 16 August 2017', value: '2017-08-16', confidence: 'high', line: 1 },
    { name: 'an expiry', text: 'x\nThis Urgent Action expires on April 25, 2022', value: '2022-04-25', confidence: 'medium', line: 2 },
    { name: 'the Spanish "antes del"', text: 'Envía tu llamamiento antes del 16 de julio de 2024.', value: '2024-07-16', confidence: 'medium', line: 1 },
    { name: 'the French "avant le"', text: "Merci d’envoyer vos appels avant le 12 mars 2024.", value: '2024-03-12', confidence: 'medium', line: 1 },
    { name: 'the German "spätestens bis zum"', text: 'Bitte schreiben Sie Ihre Appelle möglichst sofort, spätestens bis zum 15. Juni 2023.', value: '2023-06-15', confidence: 'medium', line: 1 },
    { name: 'the German "bis zum" with März', text: 'Schreiben Sie bis zum 3. März 2024.', value: '2024-03-03', confidence: 'medium', line: 1 },
    { name: 'the German "handeln Sie bis zum"', text: 'Bitte handeln Sie bis zum 20. Februar 2027.', value: '2027-02-20', confidence: 'medium', line: 1 },
    { name: 'the Swedish "senast"', text: 'Skriv senast den 15 maj 2024.', value: '2024-05-15', confidence: 'medium', line: 1 },
    { name: 'the Italian "entro il"', text: 'Scrivete al Presidente entro il 15 maggio 2024.', value: '2024-05-15', confidence: 'medium', line: 1 },
    { name: 'an action that has ended', text: 'x\nThis action ended on April 21, 2020', value: '2020-04-21', confidence: 'medium', line: 2 },
    { name: 'the Swedish "Fatta Pennan" date: ask first if writing after it', text: 'Brevförslag\nDatum: Kontakta Amnesty Press om du tänker skriva efter 9 mars 2021.', value: '2021-03-09', confidence: 'medium', line: 2 },
    { name: 'the Swedish "if you send letters after the", in other words', text: 'Om du vill skicka brev efter den 3 juni 2022, hör först av dig till oss.', value: '2022-06-03', confidence: 'medium', line: 1 },
    { name: "a site's banner over an action that gives its own limit", text: 'This action ended on June 3, 2021\n\n1. Please take action as soon as possible. This Urgent Action expires on July 29, 2021.', value: '2021-07-29', confidence: 'medium', line: 3 },
    { name: "a site's banner, then the limit in other words", text: 'UA: Valdor 12.19\nThis action ended on 2 March 2019\nSome text.\nWrite to the governor before 30 April 2019.', value: '2019-04-30', confidence: 'medium', line: 4 },
    { name: 'the German "vor dem"', text: 'Bitte schreiben Sie Ihre Appelle möglichst sofort, so dass sie noch vor dem 15. Juli 2015 ankommen.', value: '2015-07-15', confidence: 'medium', line: 1 },
    { name: 'the Italian "entro" and a month in figures', text: 'Inviate gli appelli entro il 03.06.2025.', value: '2025-06-03', confidence: 'medium', line: 1 },
    { name: 'the Portuguese "até"', text: 'Envie os seus apelos até 30 de setembro de 2024.', value: '2024-09-30', confidence: 'medium', line: 1 },
    { name: 'the Portuguese label', text: 'Prazo: 12 de março de 2025', value: '2025-03-12', confidence: 'high', line: 1 },
    { name: 'an expiry after the background', text: 'ADDITIONAL INFORMATION\nOld news from 3 May 2020.\nPREFERRED LANGUAGE TO ADDRESS TARGET: English\nThis Urgent Action expires on April 25, 2022', value: '2022-04-25', confidence: 'medium', line: 4 },
    { name: 'the Dutch "schrijf vóór"', text: 'Schrijf vóór 12 maart 2021 naar de minister.', value: '2021-03-12', confidence: 'medium', line: 1 },
    { name: 'a "contact … by" sentence with a comma before the year', text: 'Write now.\nContact these three officials by 9 October, 2016:', value: '2016-10-09', confidence: 'medium', line: 2 },
    { name: 'the French "contactez … avant le"', text: 'Contactez le ministre avant le 2 mai 2019.', value: '2019-05-02', confidence: 'medium', line: 1 },
    { name: 'a German date in figures after "Die Eilaktion läuft bis zum"', text: 'Hier finden Sie die Eilaktion.\nDie Eilaktion läuft bis zum 02.06.2021.', value: '2021-06-02', confidence: 'medium', line: 2 },
    { name: 'a German date in figures in a heading ("Appelle bis zum …")', text: 'Petitionen\nUnsere Petition: Appelle bis zum 7.12.2015', value: '2015-12-07', confidence: 'medium', line: 2 },
    { name: 'a German send verb and a colon before the date ("Bitte abschicken bis: …")', text: 'Hier kannst du den Brief herunterladen.\nBitte abschicken bis: 30.05.2018', value: '2018-05-30', confidence: 'medium', line: 2 },
    { name: 'an instruction to email before a date ("Email the Minister at … before 1 May 2025")', text: 'Jane Doe is held without charge.\nEmail the Minister at minister@example.gov.xx before 1 May 2025.', value: '2025-05-01', confidence: 'medium', line: 2 },
    { name: 'a Swedish date in figures after "senast"', text: 'Skicka vädjanden senast den 15.5.2024.', value: '2024-05-15', confidence: 'medium', line: 1 },
    { name: 'the German "nach dem … keine Appelle mehr"', text: 'Bitte verschicken Sie nach dem 3. März 2025 keine Appelle mehr.', value: '2025-03-03', confidence: 'medium', line: 1 },
    { name: "a Spanish petition's run, slashed dates day first", text: 'Comenzó el 02/03/2018, Finaliza el 17/04/2018\n\nLa policía detuvo a decenas de manifestantes pacíficos.', value: '2018-04-17', confidence: 'medium', line: 1 },
    { name: "a Portuguese petition's run, a slashed date day first", text: 'Petição aberta a 5/6/2021 e termina a 9/7/2021\nAssine já.', value: '2021-07-09', confidence: 'medium', line: 1 },
    { name: "a German petition's run with dotted dates", text: 'Start: 1.3.2019 – endet am 30.4.2019', value: '2019-04-30', confidence: 'medium', line: 1 },
    { name: "a Spanish run's labels and a written date", text: 'Inicio: 4 de enero de 2022 · Fin: 28 de febrero de 2022', value: '2022-02-28', confidence: 'medium', line: 1 },
    { name: 'the Spanish "antes del próximo" with its year', text: 'Envíen sus llamamientos antes del próximo 3 de agosto de 2026.', value: '2026-08-03', confidence: 'medium', line: 1 },
    // A German page cut off after "kein": the same last day.
    { name: 'the German "nach dem … kein" cut off at the line\'s end', text: 'Bitte schreiben Sie sofort. Da Informationen schnell veralten, bitten wir Sie, nach dem 14. August 2008 kein', value: '2008-08-14', confidence: 'medium', line: 1 },
    // An action's run printed as a range beside the call to act: its end.
    { name: 'an English run beside "ACT NOW!", the start with no year', text: 'Exampleland: teacher held\n\nACT NOW!   March 3 - April 14, 2001\n\nWrite to the minister.', value: '2001-04-14', confidence: 'medium', line: 3 },
    { name: 'a French run "du … au …"', text: 'Agissez du 3 mai au 14 juin 2021 !', value: '2021-06-14', confidence: 'medium', line: 1 },
    { name: 'a Spanish run "del … al …"', text: 'Actúa del 3 de mayo al 14 de junio de 2021', value: '2021-06-14', confidence: 'medium', line: 1 },
    // A day with no year after a limit word, in the year of the page's own date near its top.
    { name: 'an Italian "firmate entro" with no year, after a headline dated "(ottobre …)"', text: 'Appello urgente\nPena di morte: appello per Anna Esempio (ottobre 2004)\nAnna Esempio rischia l\'esecuzione.\nFirmate entro il 20 novembre l\'appello online:', value: '2004-11-20', confidence: 'low', line: 4 },
    { name: 'an English "sign by" with no year, under a dateline', text: 'Monday, 10 May 2021\nExampleland: journalist held\nSign the petition by 3 June.', value: '2021-06-03', confidence: 'low', line: 3 },
    { name: 'the Swedish "skriva efter" with no year, under a byline\'s date', text: 'Fatta Pennan | 2021-02-10\nBrevförslag\nDatum: Kontakta oss om du tänker skriva efter 2 mars.', value: '2021-03-02', confidence: 'low', line: 3 },
    { name: 'a December page\'s limit in January: the next year', text: 'Date: 12 December 2015\nPlease write before 10 January.', value: '2016-01-10', confidence: 'low', line: 2 },
    { name: "an English run whose slashed dates both readings agree on", text: 'Petition opened 06/06/2020, closes 09/09/2020', value: '2020-09-09', confidence: 'medium', line: 1 },
  ];
  for (const row of rows) {
    it(`reads ${row.name}`, () => {
      expect(recogniseDeadline(doc(row.text))).toMatchObject({ found: true, value: row.value, confidence: row.confidence, line: row.line });
    });
  }

  it('takes no range from running text, and no day with no year that would fall half a year after the page\'s date', () => {
    expect(recogniseDeadline(doc('Monday, 10 May 2021\nThe teacher was held without charge from 3 March to 14 April 2021 in a police station in the capital, and his family asks people to act.'))).toMatchObject({ found: false });
    expect(recogniseDeadline(doc('Monday, 10 May 2021\nSign the petition by 3 February.'))).toMatchObject({ found: false });
    expect(recogniseDeadline(doc('Sign the petition by 3 June.'))).toMatchObject({ found: false });
  });

  it('does not take a date from the background as the deadline', () => {
    const text = 'ADDITIONAL INFORMATION\nProtesters were told to act before 3 May 2024 or be fined.\n';
    expect(recogniseDeadline(doc(text))).toMatchObject({ found: false });
  });

  // A limit word ("by", "until", "hasta el", "bis") and a date further on in the same sentence: the
  // date is a day of the case, not the last day to act.
  const apart: Array<{ name: string; text: string }> = [
    { name: 'a date after "since", in a line with "appeals … by"', text: 'The court rejected two appeals made by his lawyers. Imprisoned since December 24, 2022, he is a writer.' },
    { name: 'a date after "on", in a line with "write … by"', text: 'He was allowed to write to his family by phone on 3 May 2024.' },
    { name: 'the Spanish "hasta el" followed by other words', text: 'Los llamamientos enviados hasta el momento, desde el 12 de marzo de 2023, no tuvieron respuesta.' },
    { name: 'the French "jusqu’au" followed by other words', text: 'Ses appels ont été rejetés jusqu’au procès du 4 mars 2023.' },
    { name: 'the German "bis" followed by other words', text: 'Er hat Appelle bis heute erhalten, seit dem 3. Mai 2023 in Haft.' },
    { name: 'a German date in figures in prose about the past', text: 'Die Aktion hatte Erfolg: er kam am 02.06.2021 frei, nach drei Jahren in Haft.' },
  ];
  it.each(apart)('does not take $name as the deadline', ({ text }) => {
    expect(recogniseDeadline(doc(text))).toMatchObject({ found: false });
  });

  it.each([
    { text: 'Write to the minister by Friday, 3 May 2024.', value: '2024-05-03' },
    { text: 'Please send appeals before the 3rd of May 2024.', value: '2024-05-03' },
    { text: 'Escriban antes del: 16 de julio de 2024', value: '2024-07-16' },
    { text: 'Write to him by email before 3 May 2024.', value: '2024-05-03' },
  ])('reads the date right after a limit word: $text', ({ text, value }) => {
    expect(recogniseDeadline(doc(text))).toMatchObject({ found: true, value });
  });

  it('does not take an unlabelled date before the issue date as the deadline', () => {
    expect(recogniseDeadline(doc('Date: 16 August 2024\nPlease send appeals before 3 May 2024.'))).toMatchObject({ found: false });
    expect(recogniseDeadline(doc('Date: 16 August 2024\nPlease send appeals before 3 October 2024.'))).toMatchObject({ found: true, value: '2024-10-03' });
  });

  it('does not take a date after "contacted by" as the deadline', () => {
    expect(recogniseDeadline(doc('She was contacted by her lawyer on 3 May 2024.'))).toMatchObject({ found: false });
  });

  it("does not take a date from the sample letter's own sentences as the deadline", () => {
    const text = 'Dear Minister,\n\nYour government promised to free them all before 18 June 2019, and it has not.\n\nYours sincerely,\n';
    expect(recogniseDeadline(doc(text))).toMatchObject({ found: false });
  });

  it('still reads an instruction to the reader that follows a letter without a closing', () => {
    const text = 'Dear Minister,\n\nPlease free the students now, as your government promised in public.\n\nPlease send appeals before 3 May 2024.\n';
    expect(recogniseDeadline(doc(text))).toMatchObject({ found: true, value: '2024-05-03', line: 5 });
  });

  it("takes no day from a run told in the past, nor an English run's slashed date that may be either", () => {
    expect(recogniseDeadline(doc('La huelga comenzó el 1 de mayo y terminó el 3 de mayo de 2019.')).found).toBe(false);
    expect(recogniseDeadline(doc('Petition opened 06/01/2020, closes 09/03/2020')).found).toBe(false);
  });

  it("completes a day without a year with the year of the action's reference on its line, only when that is plain", () => {
    expect(recogniseDeadline(doc('Amnistía pidió en la acción urgente UA 118/21 enviar llamamientos antes del próximo 14 de octubre.'))).toMatchObject({ found: true, value: '2021-10-14', confidence: 'low', line: 1 });
    expect(recogniseDeadline(doc('Blog post\nPlease send appeals before 12 June (UA 45/19).'))).toMatchObject({ found: true, value: '2019-06-12', confidence: 'low', line: 2 });
    // January may be in the year after an action issued in December.
    expect(recogniseDeadline(doc('Amnistía pidió en la acción urgente UA 270/21 enviar llamamientos antes del próximo 14 de enero.')).found).toBe(false);
    // A follow-up keeps the first action's number, issued in a later year.
    expect(recogniseDeadline(doc('Further information on UA 45/19\nPlease send appeals before 12 June (UA 45/19).')).found).toBe(false);
    // The word in running text ("seguimiento" as close watch) makes no follow-up of the action.
    expect(recogniseDeadline(doc('La organización da seguimiento a los casos.\nAmnistía pidió en la acción urgente UA 118/21 enviar llamamientos antes del próximo 14 de octubre.'))).toMatchObject({ found: true, value: '2021-10-14' });
    expect(recogniseDeadline(doc('AU 45/19 – seguimiento\nEnvíen llamamientos antes del 12 de junio (AU 45/19).')).found).toBe(false);
    // No reference on the line: no year to take.
    expect(recogniseDeadline(doc('UA 45/19\nPlease send appeals before 12 June.')).found).toBe(false);
  });

  it('reports a deadline without a year instead of completing it', () => {
    const result = recogniseDeadline(doc('PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 27 September'));
    expect(result).toEqual({ found: false, reason: 'line 1 gives "27 September" without a year' });
  });

  it('says what it looked for when there is no deadline', () => {
    expect(recogniseDeadline(doc('URGENT ACTION\nNothing else.'))).toEqual({ found: false, reason: 'no line saying until when to act' });
  });
});

describe("a clemency alert's execution date", () => {
  it.each([
    ['Jane Example is scheduled to be executed by the State of Texas (TODAY) Tuesday, March 3, 2009.', '2009-03-03'],
    ['His execution is set for 12 May 2011 in Huntsville.', '2011-05-12'],
    ['John Example faces execution on 4 February 2020 unless the governor acts.', '2020-02-04'],
    ['Sam Example is due to be executed in Exampleville on Thursday, 9 June 2033.', '2033-06-09'],
    ['Die Hinrichtung ist für den 5. Oktober 2031 angesetzt.', '2031-10-05'],
    ['Son exécution est prévue le 14 avril 2032 à l’aube.', '2032-04-14'],
    ['Su ejecución está programada para el 2 de junio de 2033.', '2033-06-02'],
  ])('"%s" is the date to act by, at low confidence, when no other is printed', (line, date) => {
    expect(recogniseDeadline(doc(`Please contact Governor Example today.\n${line}`))).toMatchObject({ found: true, value: date, confidence: 'low' });
  });
  it('gives way to a date to act by', () => {
    expect(recogniseDeadline(doc('Please send appeals before 1 March 2009.\nJane Example is scheduled to be executed on 3 March 2009.'))).toMatchObject({ value: '2009-03-01' });
  });
  it.each([
    'Jane Example faces execution. On 8 August 2030, she was sentenced to death by a military court.',
    'Jane Example faces execution after she was sentenced on 8 August 2030.',
    'Jane Example is scheduled to be executed; she was arrested on 8 August 2030.',
  ])('takes no date of the case that only follows the execution\'s words: "%s"', (line) => {
    expect(recogniseDeadline(doc(`Please contact Governor Example today.\n${line}`)).found).toBe(false);
  });
  it('takes no date of an execution carried out', () => {
    expect(recogniseDeadline(doc('Jane Example was executed on 3 March 2009 despite appeals.')).found).toBe(false);
  });
});

describe('recogniseIssued', () => {
  it('reads a "Date:" line near the top', () => {
    expect(recogniseIssued(doc('URGENT ACTION\nDate: 16 August 2024'))).toMatchObject({ found: true, value: '2024-08-16', line: 2 });
  });

  it('reads the date from the middle of an older header line', () => {
    const result = recogniseIssued(doc('UA: 72/24 Index: AMR 53/8390/2024 Venezuela Date: 16 August 2024'));
    expect(result).toMatchObject({ found: true, value: '2024-08-16', confidence: 'medium' });
  });

  it('finds nothing when no date is given', () => {
    expect(recogniseIssued(doc('URGENT ACTION\nVENEZUELA: X'))).toMatchObject({ found: false });
  });
});
