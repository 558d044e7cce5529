import { describe, expect, it } from 'vitest';
import { isFlattened, splitHeader, unflattenLine } from '../../../src/import/unflatten.js';
import { toImportText } from '../../../src/import/text.js';

describe('unflattenLine', () => {
  const rows: Array<{ name: string; input: string; expected: string[] }> = [
    {
      name: 'a greeting that names the official by his surname and ends the line keeps the surname',
      input: 'Director John Roe Example City Police Bureau 2 Station Street, Example City 510000 Phone: 020 8311 0000 Salutation: Dear Director Roe',
      expected: ['Director John Roe Example City', 'Police Bureau', '2 Station Street, Example City 510000', 'Phone: 020 8311 0000', 'Salutation: Dear Director Roe'],
    },
    {
      name: 'a handle, then the salutation in brackets: the bracket is no note of the handle',
      input: 'Fax: 00 257 – 22 00 00 08 E-Mail: president@example.bi Twitter: @ExPresidence (Anrede: Your Excellency / Exzellenz)',
      expected: ['Fax: 00 257 – 22 00 00 08', 'E-Mail: president@example.bi', 'Twitter: @ExPresidence', '(Anrede: Your Excellency / Exzellenz)'],
    },
    {
      name: 'an official run onto one line with no label, then the salutation in brackets: the bracket is its own line',
      input: 'Jane Example President of the Republic of Exampleland 12 Palace Road Example City EXAMPLELAND (Anrede: Dear Madam President / Sehr geehrte Frau Präsidentin)',
      expected: ['Jane Example', 'President of the Republic of Exampleland', '12 Palace Road Example City EXAMPLELAND', '(Anrede: Dear Madam President / Sehr geehrte Frau Präsidentin)'],
    },
    {
      name: 'a long office before "Mr." and the name, the address opening with "No."',
      input: 'Director of Criminal Investigation Division Mr. K.L.M. Perera No. 12, Example Tower, Hill Road, Colombo 03 Sri Lanka Fax: +94 11 000 0000 Email: cid@example.lk',
      expected: ['Director of Criminal Investigation Division', 'Mr. K.L.M. Perera', 'No. 12, Example Tower, Hill Road, Colombo 03', 'Sri Lanka', 'Fax: +94 11 000 0000', 'Email: cid@example.lk'],
    },
    {
      name: "the official's handle, then the sample letter's salutation (with an abbreviation) and text",
      input: 'Fax: 212 000 7086 Twitter: @Mission_ex Dear Mr. Jane Example, Retired teacher Parisa Example is held in prison after an unfair trial.',
      expected: ['Fax: 212 000 7086', 'Twitter: @Mission_ex', 'Dear Mr. Jane Example,', 'Retired teacher Parisa Example is held in prison after an unfair trial.'],
    },
    {
      name: 'an embassy to copy, flattened without labels: the honorific and name, the embassy, the address with its phone, the fax, the email; the web address alone',
      input: 'HER EXCELLENCY MARTA EJEMPLO-RUIZ Embassy of Honduras Suite 12 Example House 40 Example Road W8 0ZZ 020 7000 1111 Fax 020 7000 2222 embassy@honduras.example.org www.honduras.example.org',
      expected: ['HER EXCELLENCY MARTA EJEMPLO-RUIZ', 'Embassy of Honduras', 'Suite 12 Example House 40 Example Road W8 0ZZ 020 7000 1111', 'Fax 020 7000 2222', 'embassy@honduras.example.org', 'www.honduras.example.org'],
    },
    {
      name: 'the same with commas, right after the sentence asking for copies',
      input: 'Also send copies to diplomatic representatives accredited to your country. HIS EXCELLENCY MR WANG EXAMPLE, Embassy of the People’s Republic of China, 1 Example Place W1A 0ZZ, 020 7000 3333, press@embassy.example.cn',
      expected: ['Also send copies to diplomatic representatives accredited to your country.', 'HIS EXCELLENCY MR WANG EXAMPLE', 'Embassy of the People’s Republic of China', '1 Example Place W1A 0ZZ, 020 7000 3333', 'press@embassy.example.cn'],
    },
    {
      name: 'a sentence that ends in an email is not an official (it opens with an honorific, but holds a full stop)',
      input: 'Mr Doe was released on bail last week. Please send news of any replies to actions@example.org',
      expected: ['Mr Doe was released on bail last week. Please send news of any replies to actions@example.org'],
    },
    {
      name: "the last official's labelled salutation run into the letter's own",
      input: 'Ambassador Jane Beispiel Embassy of Peru 1700 Example Ave NW Phone: 202 000 9420 Twitter: @PeruEmbExample Salutation: Dear Ambassador Dear Minister, I am writing to ask for the release of the river defenders held since March.',
      expected: ['Ambassador Jane Beispiel', 'Embassy of Peru', '1700 Example Ave NW', 'Phone: 202 000 9420', 'Twitter: @PeruEmbExample', 'Salutation: Dear Ambassador', 'Dear Minister,', 'I am writing to ask for the release of the river defenders held since March.'],
    },
    {
      name: 'a Belarusian street word ("Vul.") opening the address after the office',
      input: 'Ivan Beispiel Minister of Justice of the Republic of Belarus Vul. Kalektarnaya, 10 220004 Minsk, Belarus Email: info@minjust.example.by Twitter: @MinjustExample',
      expected: ['Ivan Beispiel', 'Minister of Justice of the Republic of Belarus', 'Vul. Kalektarnaya, 10 220004 Minsk, Belarus', 'Email: info@minjust.example.by', 'Twitter: @MinjustExample'],
    },
    {
      name: 'a forwarded appeal run onto one line: the text, the official between its last sentence and the salutation, the letter',
      input: 'Dear Friends, below is a letter you may copy and send on your own paper to the minister named here. Letters should stay polite. Thank you for your help. Minister of Justice Jane Doe 12 Example Street, Lima Dear Minister: Five teachers have been held for a year without trial, and I ask you to release them now.',
      expected: [
        'Dear Friends, below is a letter you may copy and send on your own paper to the minister named here. Letters should stay polite. Thank you for your help.',
        'Minister of Justice Jane Doe',
        '12 Example Street, Lima',
        'Dear Minister:',
        'Five teachers have been held for a year without trial, and I ask you to release them now.',
      ],
    },
    {
      name: 'a whole official with bars between the fields',
      input: 'Attorney General Consuelo Rivas Ministerio Público, 15 Avenida 15-16, Zona 1, Guatemala City Phone: +502 2411 9191 | Fax: +502 2411 9124 | Email: fg@mp.example.gt Salutation: Dear Attorney General',
      expected: ['Attorney General Consuelo Rivas', 'Ministerio Público', '15 Avenida 15-16, Zona 1, Guatemala City', 'Phone: +502 2411 9191', 'Fax: +502 2411 9124', 'Email: fg@mp.example.gt', 'Salutation: Dear Attorney General'],
    },
    {
      name: 'contact details run into the sample letter',
      input: 'Ambassador Hugo Pérez Embassy of Guatemala 2220 R Street NW, Washington DC 20008 Phone: 202 745 4953 SAMPLE LETTER Dear Attorney General, I am writing to you about a journalist.',
      expected: ['Ambassador Hugo Pérez', 'Embassy of Guatemala', '2220 R Street NW, Washington DC 20008', 'Phone: 202 745 4953', 'SAMPLE LETTER', 'Dear Attorney General,', 'I am writing to you about a journalist.'],
    },
    {
      name: 'a capital I standing for a bar, in Spanish and German labels',
      input: 'Fiscalía General Teléfono: +52 55 5346 0000 I Correo-e: fiscal@fgr.example.mx I X: @FGRexample Anrede: Exzellenz',
      expected: ['Fiscalía General', 'Teléfono: +52 55 5346 0000', 'Correo-e: fiscal@fgr.example.mx', 'X: @FGRexample', 'Anrede: Exzellenz'],
    },
    {
      name: 'a line that opens with the letter heading',
      input: 'SAMPLE LETTER Your Excellency, On May 2 the student was taken from his home by plain-clothes officers and has not been seen since.',
      expected: ['SAMPLE LETTER', 'Your Excellency,', 'On May 2 the student was taken from his home by plain-clothes officers and has not been seen since.'],
    },
    {
      name: 'the letter heading, then an office and a name greeted with no courtesy word',
      input: 'SAMPLE LETTER President Modelo, I write to you about the students arrested at the march last week.',
      expected: ['SAMPLE LETTER', 'President Modelo,', 'I write to you about the students arrested at the march last week.'],
    },
    {
      name: 'the letter heading, then a sentence that opens with a name and a comma',
      input: 'SAMPLE LETTER Jane Doe, a teacher of forty, was arrested at the march last week and is still held.',
      expected: ['SAMPLE LETTER', 'Jane Doe, a teacher of forty, was arrested at the march last week and is still held.'],
    },
    {
      name: 'a bare "Fax" and a number inside an official',
      input: 'President Jane Doe Office of the President, Example Palace – Cairo, Arab Republic of Egypt Fax +202 0000 1441 Email: office@example.org Twitter: @PresidentEx',
      expected: ['President Jane Doe', 'Office of the President, Example Palace – Cairo, Arab Republic of Egypt', 'Fax +202 0000 1441', 'Email: office@example.org', 'Twitter: @PresidentEx'],
    },
    {
      name: 'an instruction to the reader inside an official',
      input: 'Public Prosecutor Samir al-Naggar Due to postal restrictions, please only send physical mail to the Embassy Fax: +202 0000 4716 Twitter: @ProsecutorEx',
      expected: ['Public Prosecutor Samir al-Naggar', 'Due to postal restrictions, please only send physical mail to the Embassy', 'Fax: +202 0000 4716', 'Twitter: @ProsecutorEx'],
    },
    {
      name: 'a name, a street and one label',
      input: 'Procureure générale Marta Kowalczyk Ul. Przykładowa 7 00-001 Warsaw Pologne Courriel : biuro@prokuratura.example.pl',
      expected: ['Procureure générale Marta Kowalczyk', 'Ul. Przykładowa 7 00-001 Warsaw', 'Pologne', 'Courriel : biuro@prokuratura.example.pl'],
    },
    {
      name: 'an English boulevard named before its word, then the town and country: the street is its own line',
      input: 'Minister of Interior Jane Example Ministry of Interior Sample Moni Boulevard Phnom Penh, Cambodia Twitter: @ExampleMOI',
      expected: ['Minister of Interior Jane Example', 'Ministry of Interior', 'Sample Moni Boulevard', 'Phnom Penh, Cambodia', 'Twitter: @ExampleMOI'],
    },
    {
      name: 'an English avenue named before its word, under an office and an email after',
      input: 'President Jan Example Office of the President Liberty Avenue Dili, Timor-Leste Email: president@example.tl',
      expected: ['President Jan Example', 'Office of the President', 'Liberty Avenue', 'Dili, Timor-Leste', 'Email: president@example.tl'],
    },
    {
      name: 'an avenue whose word comes first (French, Spanish) keeps its name after it',
      input: 'Prime Minister Jane Example Office of the Prime Minister Avenue Sample Town, Cambodia Twitter: @ExampleOPM',
      expected: ['Prime Minister Jane Example', 'Office of the Prime Minister', 'Avenue Sample Town, Cambodia', 'Twitter: @ExampleOPM'],
    },
    {
      name: "a c/o address cut at its commas keeps the country on its postcode and town's line",
      input: 'Minister of Justice, Jane Example c/o Embassy of Valdor to the European Union, Rue Exemple No. 22, 1040 Bruxelles, Belgium',
      expected: ['Minister of Justice, Jane Example', 'c/o Embassy of Valdor to the European Union', 'Rue Exemple No. 22', '1040 Bruxelles, Belgium'],
    },
    {
      name: 'an office alone with a c/o address to an embassy: the country stays on its town\'s line too',
      input: 'Supreme Leader c/o Embassy of Valdor, Laan van Voorbeeld 12, 2517 Den Haag, Netherlands',
      expected: ['Supreme Leader', 'c/o Embassy of Valdor', 'Laan van Voorbeeld 12', '2517 Den Haag, Netherlands'],
    },
    {
      name: 'an office and a name with a c/o address on one line',
      input: 'Presidente de la Magistratura / Head of the Judiciary, Reza Karimi-Tabar c/o Embassy of Iran to the European Union, Rue Exemple No. 8, 1050 Bruxelles (Bélgica)',
      expected: ['Presidente de la Magistratura / Head of the Judiciary, Reza Karimi-Tabar', 'c/o Embassy of Iran to the European Union', 'Rue Exemple No. 8', '1050 Bruxelles (Bélgica)'],
    },
    {
      name: 'a salutation run into the letter',
      input: 'Dear Counselor, I am writing about the student Omar Fathy, who was arrested at his university on May 20 and has been held since.',
      expected: ['Dear Counselor,', 'I am writing about the student Omar Fathy, who was arrested at his university on May 20 and has been held since.'],
    },
    {
      name: 'a German greeting run into the letter, which goes on in lower case after its comma',
      input: 'Sehr geehrte Frau Beispiel, der Gewerkschafter Jan Muster ist seit dem 3. Mai in Haft, weil er einen friedlichen Streik angekündigt haben soll, und ihm droht ein Verfahren.',
      expected: ['Sehr geehrte Frau Beispiel,', 'der Gewerkschafter Jan Muster ist seit dem 3. Mai in Haft, weil er einen friedlichen Streik angekündigt haben soll, und ihm droht ein Verfahren.'],
    },
    {
      name: 'a French greeting naming the office, run into the letter in lower case',
      input: 'Monsieur le Ministre de la Justice, je vous écris pour vous faire part de ma vive inquiétude au sujet de la détention du syndicaliste Jean Exemple depuis le mois de mai.',
      expected: ['Monsieur le Ministre de la Justice,', 'je vous écris pour vous faire part de ma vive inquiétude au sujet de la détention du syndicaliste Jean Exemple depuis le mois de mai.'],
    },
    {
      name: 'a French sentence about a woman is no greeting, though it opens with "Madame" and a comma',
      input: 'Madame Jeanne Exemple, ancienne députée de la province du Nord, a été arrêtée le 3 mai à son domicile par des hommes en civil qui ne portaient aucun mandat.',
      expected: ['Madame Jeanne Exemple, ancienne députée de la province du Nord, a été arrêtée le 3 mai à son domicile par des hommes en civil qui ne portaient aucun mandat.'],
    },
    {
      name: "an official's hidden email, then the letter's greeting with \"H.E.\" and its text",
      input: '[email protected] H.E. President Jane Example, I am writing to express my deep concern about the arrest of the lawyer John Example on 3 May.',
      expected: ['[email protected]', 'H.E. President Jane Example,', 'I am writing to express my deep concern about the arrest of the lawyer John Example on 3 May.'],
    },
    {
      name: "an official's email, then a \"Dear\" greeting and the letter",
      input: 'minister@justice.example.org Dear Minister, I am writing to ask you to release the student Jan Example, held since May without any charge.',
      expected: ['minister@justice.example.org', 'Dear Minister,', 'I am writing to ask you to release the student Jan Example, held since May without any charge.'],
    },
    {
      name: 'an email then an honorific that opens an address, not a letter, stays whole',
      input: 'office@example.org H.E. Jane Example, Minister of Justice, Example Street 1, Example City, who has not answered any of our letters since 2020',
      expected: ['office@example.org H.E. Jane Example, Minister of Justice, Example Street 1, Example City, who has not answered any of our letters since 2020'],
    },
    {
      name: 'a royal form of address run into the letter',
      input: 'Your Highness, On 2 May the appeal court confirmed the sentences of the two brothers after a trial that lasted a single afternoon.',
      expected: ['Your Highness,', 'On 2 May the appeal court confirmed the sentences of the two brothers after a trial that lasted a single afternoon.'],
    },
    {
      name: 'an office after the name, and an instruction',
      input: 'Sheikh Faisal bin Omar Al Exampli King of Examplia Due to postal restrictions caused by COVID-19, please only send physical mail to the Embassy Fax: +999 11 400 2000',
      expected: ['Sheikh Faisal bin Omar Al Exampli', 'King of Examplia', 'Due to postal restrictions caused by COVID-19, please only send physical mail to the Embassy', 'Fax: +999 11 400 2000'],
    },
    {
      name: 'an official with no label at all: name, office, address after "ul." and a web form',
      input: 'Petrov Ivan Sergeevich Prosecutor General of the Russian Federation ul. Malaya Primernaya, 7b, GSP-1, 2 – Moscow, 123456 Russian Federation Complaint form online',
      expected: ['Petrov Ivan Sergeevich', 'Prosecutor General of the Russian Federation', 'ul. Malaya Primernaya, 7b, GSP-1, 2 – Moscow, 123456 Russian Federation', 'Complaint form online'],
    },
    {
      name: 'a street whose name comes before "per."',
      input: 'Sidorov Pavel Andreevich Chairman of the Investigative Committee of the Russian Federation Krasnoselsky per. 4 105000 Moscow Russian Federation',
      expected: ['Sidorov Pavel Andreevich', 'Chairman of the Investigative Committee of the Russian Federation', 'Krasnoselsky per. 4 105000 Moscow Russian Federation'],
    },
    // A name and the palace the office sits in, with no line break between them (fr, en, es, de).
    { name: 'a name and a palace (fr)', input: 'Président Jean Exemple Ndiaye Palais de la Nation', expected: ['Président Jean Exemple Ndiaye', 'Palais de la Nation'] },
    { name: 'a name and a palace (en)', input: 'President Jane Example Doe Presidential Palace', expected: ['President Jane Example Doe', 'Presidential Palace'] },
    { name: 'a name and a palace (es)', input: 'Presidente Juan Ejemplo Ruiz Palacio de Gobierno', expected: ['Presidente Juan Ejemplo Ruiz', 'Palacio de Gobierno'] },
    { name: 'a name and a palace (de)', input: 'Herrn Karl Beispiel Muster Palast der Republik', expected: ['Herrn Karl Beispiel Muster', 'Palast der Republik'] },
    // Every word capitalised, a number, or a small word: a full stop there ends a part of an address, not a sentence.
    {
      name: 'a name and an address whose parts end in full stops, before one label',
      input: 'Juan Ejemplo Esq. Norte a Sur, Edificio Central. Palacio Municipal, Av Principal 4, Ciudad Ejemplo Twitter: @juanejemplo',
      expected: ['Juan Ejemplo', 'Esq. Norte a Sur, Edificio Central. Palacio Municipal, Av Principal 4, Ciudad Ejemplo', 'Twitter: @juanejemplo'],
    },
    // A post box's words stay with its number (en, es, fr, de).
    { name: 'a post box in English', input: 'President Jane Example Doe Office of the President PO Box 12 Exampletown, Examplia Fax: +999 1 234 5678', expected: ['President Jane Example Doe', 'Office of the President', 'PO Box 12', 'Exampletown, Examplia', 'Fax: +999 1 234 5678'] },
    { name: 'a post box in Spanish', input: 'Presidente Juan Ejemplo Ruiz Secretaría de la Presidencia Apartado Postal 1504 Ciudad Ejemplo Fax: +999 1 234 5678', expected: ['Presidente Juan Ejemplo Ruiz', 'Secretaría de la Presidencia', 'Apartado Postal 1504', 'Ciudad Ejemplo', 'Fax: +999 1 234 5678'] },
    { name: 'a post box in French', input: 'Ministre Jean Exemple Ndiaye Ministère de la Justice B.P. 280 Exempleville Fax: +999 1 234 5678', expected: ['Ministre Jean Exemple Ndiaye', 'Ministère de la Justice', 'B.P. 280 Exempleville', 'Fax: +999 1 234 5678'] },
    { name: 'a post box in German', input: 'Innenminister Karl Beispiel Muster Ministerium des Innern Postfach 1234 10115 Musterstadt Fax: +49 30 123 456', expected: ['Innenminister Karl Beispiel Muster', 'Ministerium des Innern', 'Postfach 1234', '10115 Musterstadt', 'Fax: +49 30 123 456'] },
    // The word for "number" before a house or lot number opens the address with it (a Chinese or
    // Taiwanese address in English); an army's postal number keeps its words (en, "BFPO").
    { name: 'a lot number after "No" under a prison', input: 'Director Jane Example Head of Example City Detention Centre No 1601, Example Road, Example Zhen, Example Qu, Shanghai 201601 China Fax: +86 21 5555 0100 Email: office@example.cn', expected: ['Director Jane Example', 'Head of Example City Detention', 'Centre', 'No 1601, Example Road, Example Zhen, Example Qu, Shanghai 201601', 'China', 'Fax: +86 21 5555 0100', 'Email: office@example.cn'] },
    { name: 'a house number after "No" under a ministry', input: 'Minister Jane Example Ministry of Justice No 130, Section 1, Example South Road, Taipei City 100 Taiwan Fax: +886 2 5555 0101 Email: office@example.tw', expected: ['Minister Jane Example', 'Ministry of Justice', 'No 130, Section 1, Example South Road, Taipei City 100', 'Taiwan', 'Fax: +886 2 5555 0101', 'Email: office@example.tw'] },
    { name: 'a military post number', input: 'Colonel Jane Example Commander Northern Brigade Military Post 02241 Unit 455 Israel Fax: +972 2 555 0101 Email: unit@example.org', expected: ['Colonel Jane Example Commander Northern Brigade', 'Military Post 02241 Unit 455', 'Israel', 'Fax: +972 2 555 0101', 'Email: unit@example.org'] },
    { name: 'a British forces post number', input: 'Brigadier John Example Commander Example Garrison BFPO 801 Fax: +44 20 5555 0101 Email: garrison@example.org', expected: ['Brigadier John Example Commander Example Garrison', 'BFPO 801', 'Fax: +44 20 5555 0101', 'Email: garrison@example.org'] },
    // A post box whose number holds a letter still opens the address.
    { name: 'a post box numbered with a letter', input: 'Prime Minister Jane Example Government of Examplia P.O Box A12. Example Plaza H10 Capital Fax: +999 1 234 5678 Email: pm@example.gov', expected: ['Prime Minister Jane Example', 'Government of Examplia', 'P.O Box A12. Example Plaza H10 Capital', 'Fax: +999 1 234 5678', 'Email: pm@example.gov'] },
    // One label after a person, an institution and an address with no number (en, fr, es, de).
    { name: 'one label after an address with no number, in English', input: 'Prime Minister Jane Example Office of the Prime Minister Palace Road Capital City, Examplia Twitter: @ExampleOffice', expected: ['Prime Minister Jane Example', 'Office of the Prime Minister Palace Road Capital City, Examplia', 'Twitter: @ExampleOffice'] },
    // (An English street name before its street word, "Palace Road", is not cut from the institution: the whole is the address's first line.)
    { name: 'one label after an address with no number, in French', input: 'Premier ministre Jean Exemple Ndiaye Cabinet du Premier ministre Avenue de la Paix Exempleville Courriel : cabinet@primature.example', expected: ['Premier ministre Jean Exemple Ndiaye', 'Cabinet du Premier ministre', 'Avenue de la Paix Exempleville', 'Courriel : cabinet@primature.example'] },
    { name: 'one label after an address with no number, in Spanish', input: 'Presidente Juan Ejemplo Ruiz Oficina de la Presidencia Avenida de la República Ciudad Ejemplo Correo-e: despacho@presidencia.example', expected: ['Presidente Juan Ejemplo Ruiz', 'Oficina de la Presidencia', 'Avenida de la República Ciudad Ejemplo', 'Correo-e: despacho@presidencia.example'] },
    { name: 'one label after an address with no number, in German', input: 'Präsident Karl Beispiel Muster Regierung von Examplia Palastplatz Musterstadt E-Mail: buero@regierung.example', expected: ['Präsident Karl Beispiel Muster', 'Regierung von Examplia Palastplatz Musterstadt', 'E-Mail: buero@regierung.example'] },
    // An official's short block run into the story's first sentence: office and name, the c/o institution, the story.
    { name: 'an office, a name and a c/o run into the story (en)', input: 'Head of the judiciary, Jane Example Doe C/o Embassy of the Republic of peru On 3 March 2031, the prosecutor told his family that the sentence would be carried out within a week, and they have heard nothing since then from the prison or the court about him. On 3 March 2031, the prosecutor told his family that the sentence would be carried out within a week, and they have heard nothing since then from the prison or the court about him.', expected: ['Head of the judiciary, Jane Example Doe', 'C/o Embassy of the Republic of peru', 'On 3 March 2031, the prosecutor told his family that the sentence would be carried out within a week, and they have heard nothing since then from the prison or the court about him. On 3 March 2031, the prosecutor told his family that the sentence would be carried out within a week, and they have heard nothing since then from the prison or the court about him.'] },
    { name: 'an office, a name and a c/o run into the story (fr)', input: 'Ministre de la Justice, Jean Exemple Ndiaye c/o Ambassade de la République du Exemple Le 3 mars 2031, le procureur a annoncé à sa famille que la peine serait exécutée dans la semaine, et depuis, ni la prison ni le tribunal ne leur ont donné la moindre nouvelle. Le 3 mars 2031, le procureur a annoncé à sa famille que la peine serait exécutée dans la semaine, et depuis, ni la prison ni le tribunal ne leur ont donné la moindre nouvelle.', expected: ['Ministre de la Justice, Jean Exemple Ndiaye', 'c/o Ambassade de la République du Exemple', 'Le 3 mars 2031, le procureur a annoncé à sa famille que la peine serait exécutée dans la semaine, et depuis, ni la prison ni le tribunal ne leur ont donné la moindre nouvelle. Le 3 mars 2031, le procureur a annoncé à sa famille que la peine serait exécutée dans la semaine, et depuis, ni la prison ni le tribunal ne leur ont donné la moindre nouvelle.'] },
    { name: 'an office, a name and a c/o run into the story (de)', input: 'Generalstaatsanwalt Karl Beispiel Muster c/o Botschaft der Republik Beispielland Am 3. März 2031 teilte die Staatsanwaltschaft der Familie mit, dass das Urteil innerhalb einer Woche vollstreckt werde, und seitdem hat sie weder vom Gefängnis noch vom Gericht etwas gehört. Am 3. März 2031 teilte die Staatsanwaltschaft der Familie mit, dass das Urteil innerhalb einer Woche vollstreckt werde, und seitdem hat sie weder vom Gefängnis noch vom Gericht etwas gehört.', expected: ['Generalstaatsanwalt Karl Beispiel Muster', 'c/o Botschaft der Republik Beispielland', 'Am 3. März 2031 teilte die Staatsanwaltschaft der Familie mit, dass das Urteil innerhalb einer Woche vollstreckt werde, und seitdem hat sie weder vom Gefängnis noch vom Gericht etwas gehört. Am 3. März 2031 teilte die Staatsanwaltschaft der Familie mit, dass das Urteil innerhalb einer Woche vollstreckt werde, und seitdem hat sie weder vom Gefängnis noch vom Gericht etwas gehört.'] },
    { name: 'an office, a name and a c/o run into the story (es)', input: 'Fiscal General, Ana Ejemplo Ruiz c/o Embajada de la República de Ejemplia El 3 de marzo de 2031, la fiscalía comunicó a su familia que la condena se ejecutaría en una semana, y desde entonces no han sabido nada más ni de la prisión ni del tribunal. El 3 de marzo de 2031, la fiscalía comunicó a su familia que la condena se ejecutaría en una semana, y desde entonces no han sabido nada más ni de la prisión ni del tribunal.', expected: ['Fiscal General, Ana Ejemplo Ruiz', 'c/o Embajada de la República de Ejemplia', 'El 3 de marzo de 2031, la fiscalía comunicó a su familia que la condena se ejecutaría en una semana, y desde entonces no han sabido nada más ni de la prisión ni del tribunal. El 3 de marzo de 2031, la fiscalía comunicó a su familia que la condena se ejecutaría en una semana, y desde entonces no han sabido nada más ni de la prisión ni del tribunal.'] },
    // The same embassy line with commas, ending in the one label it may hold (en, es).
    {
      name: 'an embassy to copy with commas, two phone numbers and a closing "Salutation:"',
      input: 'HIS EXCELLENCY MR JUAN EJEMPLO, Embassy of Examplia, 4 Example Crescent SW1X 0ZZ, 020 7000 1111 / 020 7000 2222, Fax 020 7000 3333, embassy@examplia.example.org, www.examplia.example.org, Salutation: Your Excellency',
      expected: ['HIS EXCELLENCY MR JUAN EJEMPLO', 'Embassy of Examplia', '4 Example Crescent SW1X 0ZZ, 020 7000 1111 / 020 7000 2222', 'Fax 020 7000 3333', 'embassy@examplia.example.org', 'www.examplia.example.org', 'Salutation: Your Excellency'],
    },
    {
      name: 'an embassy to copy ending in "Tratamiento:"',
      input: 'Sra. Ana Ejemplo, Embajada de Ejemplia, Calle Mayor 4, 28013 Madrid, Fax 91 000 3333, embajada@ejemplia.example.es, Tratamiento: Excelentísima Señora',
      expected: ['Sra. Ana Ejemplo', 'Embajada de Ejemplia', 'Calle Mayor 4, 28013 Madrid', 'Fax 91 000 3333', 'embajada@ejemplia.example.es', 'Tratamiento: Excelentísima Señora'],
    },
    // The letter's greeting run onto its first sentence after the comma and a space: only the greeting is cut off.
    {
      name: 'a greeting run onto a sentence that mentions a label',
      input: 'Dear Attorney General, I am writing to you because Fax: lines are rarely mentioned in letters.',
      expected: ['Dear Attorney General,', 'I am writing to you because Fax: lines are rarely mentioned in letters.'],
    },
  ];
  for (const { name, input, expected } of rows) {
    it(`cuts ${name}`, () => {
      expect(unflattenLine(input)).toEqual(expected);
    });
  }

  const untouched = [
    'Phone: 202 895 5400 I Fax: 202 244 5131',
    'I am writing to you because Fax: lines are rarely mentioned in letters.',
    'Email: a@x.example.org',
    'Minister of Security',
    // A sentence that names an office and a number is running text, not an official.
    'Ivan Petrov met the Prosecutor General of the Russian Federation on 4 May. He was told nothing.',
    'Bolshaya Dmitrovka 15a, Moscow',
    // A sentence that mentions a c/o address goes on as a sentence: it opens with no office and name.
    'His lawyer wrote to the minister c/o Embassy of Examplia On the advice of friends, and he has heard nothing since then from anyone at the embassy or the ministry. On 3 March 2031, the prosecutor told his family that the sentence would be carried out within a week, and they have heard nothing since then from the prison or the court about him. On 3 March 2031, the prosecutor told his family that the sentence would be carried out within a week, and they have heard nothing since then from the prison or the court about him.',
    // After the institution the text goes on in lower case: no sentence starts there, nothing is cut.
    'Head of the judiciary, Jane Example Doe C/o Embassy of Examplia who has not replied to any of the letters sent to him since the trial began in May. On 3 March 2031, the prosecutor told his family that the sentence would be carried out within a week, and they have heard nothing since then from the prison or the court about him. On 3 March 2031, the prosecutor told his family that the sentence would be carried out within a week, and they have heard nothing since then from the prison or the court about him.',
    // A palace named in a sentence, or after no one's name, stays where it is.
    'The minister left the Palais de la Nation',
    'Office of the President Presidential Palace',
    // Full stops between words in lower case end sentences: no address is cut out of them.
    'Jane Doe was held. She was moved to Unit 4 in May and then released Twitter: @example',
    // One label after a sentence that names a person and an office: no official.
    'President Jane Example spoke at the Ministry of Justice about the case Twitter: @example',
  ];
  for (const line of untouched) {
    it(`leaves "${line}" as it is`, () => {
      expect(isFlattened(line)).toBe(false);
      expect(unflattenLine(line)).toEqual([line]);
    });
  }

  it('splits a header without a number into the person and the institution', () => {
    expect(splitHeader('Public Prosecutor Adel Mansour Office of the Public Prosecutor')).toEqual(['Public Prosecutor Adel Mansour', 'Office of the Public Prosecutor']);
  });

  it.each([
    ['Ambassador Princess Layla Faisal Al Exampli Royal Embassy of Examplia', ['Ambassador Princess Layla Faisal Al Exampli', 'Royal Embassy of Examplia']],
    ['Pavel Orlovsky Chairman of the Investigative Committee of Exampleskaya Oblast ul. Sadovaya 14 123456 Examplegrad', ['Pavel Orlovsky', 'Chairman of the Investigative Committee of Exampleskaya Oblast', 'ul. Sadovaya 14 123456 Examplegrad']],
    // A street named in one word opens the address before its house number (de, nl, sv).
    ['Innenminister Karl Beispiel Muster Hauptstraße 4, 10115 Musterstadt', ['Innenminister Karl Beispiel Muster', 'Hauptstraße 4, 10115 Musterstadt']],
    ['Minister Jan Voorbeeld Kerkstraat 12, 2500 Den Haag', ['Minister Jan Voorbeeld', 'Kerkstraat 12, 2500 Den Haag']],
    ['Justitieminister Anna Exempel Drottninggatan 5, 111 51 Stockholm', ['Justitieminister Anna Exempel', 'Drottninggatan 5, 111 51 Stockholm']],
  ])('splits "%s" into the person, the office and the address', (input, expected) => {
    expect(splitHeader(input)).toEqual(expected);
  });

  it('remembers the source line of every piece', () => {
    const doc = toImportText('URGENT ACTION\nJane Doe Embassy of X 1 Main Street, Town Phone: +1 555 0100 | Email: a@x.example.org\nEnd', 't.txt');
    expect(doc.lines).toEqual(['URGENT ACTION', 'Jane Doe', 'Embassy of X', '1 Main Street, Town', 'Phone: +1 555 0100', 'Email: a@x.example.org', 'End']);
    expect(doc.origin).toEqual([1, 2, 2, 2, 2, 2, 3]);
  });
});

describe('a sentence that mentions a c/o address', () => {
  it('stays whole', () => {
    const line = 'Send your letters c/o the embassy in Brussels, which forwards them to Tehran.';
    expect(unflattenLine(line)).toEqual([line]);
  });
});
