import { describe, expect, it } from 'vitest';
import { handleIn, numberUnderLabel, parseContactLine, SECOND_HANDLE } from '../../../src/import/contact-line.js';

describe('parseContactLine', () => {
  it('parts two emails where a slash is glued to the second ("a@x /b@y"), with no TODO about a broken one', () => {
    expect(parseContactLine('Email: gaihou@tokyo.example.co.jp /dy@example.ne.jp (newsroom')).toEqual({ emails: ['gaihou@tokyo.example.co.jp', 'dy@example.ne.jp'] });
  });

  const rows: Array<{ input: string; expected: unknown }> = [
    { input: 'Email: ministeriopublico@mp.gob.ve', expected: { emails: ['ministeriopublico@mp.gob.ve'] } },
    { input: 'E-mail: a@x.example.org, b@x.example.org', expected: { emails: ['a@x.example.org', 'b@x.example.org'] } },
    { input: 'Correo electrónico: fiscalia@mp.example.gt', expected: { emails: ['fiscalia@mp.example.gt'] } },
    { input: 'Courriel : cabinet@justice.example.td', expected: { emails: ['cabinet@justice.example.td'] } },
    { input: 'misionvene@venezuelaonu.gob.ve', expected: { emails: ['misionvene@venezuelaonu.gob.ve'] } },
    { input: 'Fax: +51 1 625 5555', expected: { emails: [], fax: '+51 1 625 5555' } },
    // "you can mail to: … / fax to: … / or email to: …": the ways listed one after another, each label a phrase.
    { input: 'or email to: board@example.org', expected: { emails: ['board@example.org'] } },
    // The address was a link that did not survive the copy: a contact line with no value, never an address line.
    { input: 'or email to: and/or', expected: { emails: [] } },
    // A typeset dash inside a number is a hyphen: the case format takes no other.
    { input: 'Fax: 030 – 55529133', expected: { emails: [], fax: '030 - 55529133' } },
    { input: 'Tel.: 615–555–2001', expected: { emails: [], phone: '615-555-2001' } },
    // The full stop of a sentence that ends with the number is not the number's.
    { input: 'Fax: 030/98765432.', expected: { emails: [], fax: '030/98765432' } },
    { input: 'Tel.: +41 31 555 01 02.', expected: { emails: [], phone: '+41 31 555 01 02' } },
    // Two numbers with a slash and no space between, the second in its international form: both kept, set apart.
    { input: 'Fax: +237 22 00 11/+237 22 00 99', expected: { emails: [], fax: '+237 22 00 11 / +237 22 00 99' } },
    // Spaced on one side only, as a PDF's text leaves it: the same two numbers, set apart the same way.
    { input: 'Fax: +7495 555 58 41/ +7495 555 17 25', expected: { emails: [], fax: '+7495 555 58 41 / +7495 555 17 25' } },
    { input: 'Fax: +7495 555 58 41 /+7495 555 17 25', expected: { emails: [], fax: '+7495 555 58 41 / +7495 555 17 25' } },
    { input: 'Tel: (555) 235-5151/ (555) 447-4576 (24h)', expected: { emails: [], phone: '(555) 235-5151 / (555) 447-4576', leftOut: [{ value: '(24h)', why: 'printed after the phone number, not part of it' }] } },
    { input: 'Fax: 030 / 21244210', expected: { emails: [], fax: '030 / 21244210' } },
    // A capital "I" standing for the bar between two whole numbers: both his, "a / b".
    { input: 'Phone: 202 555 9300 I 202 555 9366', expected: { emails: [], phone: '202 555 9300 / 202 555 9366' } },
    { input: 'Tel: +51 1 625 5500', expected: { emails: [], phone: '+51 1 625 5500' } },
    { input: 'Teléfono: +502 2411 9191', expected: { emails: [], phone: '+502 2411 9191' } },
    { input: 'Tel/Fax: +234 1 555 0100', expected: { emails: [], phone: '+234 1 555 0100', fax: '+234 1 555 0100' } },
    { input: 'Tel: +1 555 0100 / Fax: +1 555 0101', expected: { emails: [], phone: '+1 555 0100', fax: '+1 555 0101' } },
    // The same number's other ending after a bar is kept as printed; a separator left by the emails is not.
    { input: 'Phone: 202 000 3344 | 4350', expected: { emails: [], phone: '202 000 3344 / 4350' } },
    // Several numbers for one field, printed in the many ways sections print them: each kept after
    // the first, "a / b", so the first stands whole with its country code and spacing as printed.
    { input: 'Fax: + 31 20 555 17 40/27 15', expected: { emails: [], fax: '+ 31 20 555 17 40 / 27 15' } },
    { input: 'Telefax: +1 212 555 0100/0101', expected: { emails: [], fax: '+1 212 555 0100 / 0101' } },
    { input: 'Tel: (555) 614-0330, -0332 Fax: (555) 614-7939', expected: { emails: [], phone: '(555) 614-0330 / 0332', fax: '(555) 614-7939' } },
    // The same exchange's other line by its bare ending after a comma, or after a glued slash with its
    // exchange and hyphen: the first number stands as printed, the other after it.
    { input: 'Tel: (555) 234-4100, 4105 Fax: (555) 234-9000/234-4300', expected: { emails: [], phone: '(555) 234-4100 / 4105', fax: '(555) 234-9000 / 234-4300' } },
    { input: 'Téléphone : 01 55 55 21 30, 31', expected: { emails: [], phone: '01 55 55 21 30 / 31' } },
    { input: 'Fax: +1 555 203-8800/203-8811', expected: { emails: [], fax: '+1 555 203-8800 / 203-8811' } },
    // A slash after an area code keeps its hyphenated number whole.
    { input: 'Fax: 0228/555-123', expected: { emails: [], fax: '0228/555-123' } },
    { input: 'Teléfono: + 502 2 5550466, +502 2 5550002', expected: { emails: [], phone: '+ 502 2 5550466 / +502 2 5550002' } },
    { input: 'Phone: +44 20 5550 0018; +44 20 5550 0019', expected: { emails: [], phone: '+44 20 5550 0018 / +44 20 5550 0019' } },
    { input: 'Tél. : 01 55 55 01 00 ; 01 55 55 01 01', expected: { emails: [], phone: '01 55 55 01 00 / 01 55 55 01 01' } },
    // A slash after an area code, and a run of one-digit endings, stay as printed; a field's label after ";" is its own.
    { input: 'Fax: 040/55512345', expected: { emails: [], fax: '040/55512345' } },
    { input: 'Tel: +1 555 0100; Fax: +1 555 0101', expected: { emails: [], phone: '+1 555 0100', fax: '+1 555 0101' } },
    { input: 'Phone: 202 000 6700 | 6701 | Fax: 202 000 6702', expected: { emails: [], phone: '202 000 6700 / 6701', fax: '202 000 6702' } },
    { input: 'Fax: 020 0000 1167 one@embassy.example.org / two@embassy.example.org', expected: { emails: ['one@embassy.example.org', 'two@embassy.example.org'], fax: '020 0000 1167' } },
    // Two whole numbers joined by "and": both his, "a / b".
    { input: 'Tél : 04 00 11 22 33 et 04 00 11 22 44', expected: { emails: [], phone: '04 00 11 22 33 / 04 00 11 22 44' } },
    // An older page sets the international "+" apart from the country code: the second number after "or" is his too.
    { input: 'Faxes: + 99 5 000 1234 or 000 5678', expected: { emails: [], fax: '+ 99 5 000 1234 / 000 5678' } },
    { input: 'Teléfono: + 99 21 555 0101 y + 99 21 555 0102', expected: { emails: [], phone: '+ 99 21 555 0101 / + 99 21 555 0102' } },
    { input: 'Fax : + 99 1 44 00 00 00 (secrétariat)', expected: { emails: [], fax: '+ 99 1 44 00 00 00' } },
    // An older page's "(int)" marks the international form: part of the number. The second number
    // after "or" is his too; how to dial it at home is no number.
    { input: 'Fax: (int)52 (5)555-0100 or 555-0101 , for national calls dial 91 5 555-0100', expected: { emails: [], fax: '(int)52 (5)555-0100 / 555-0101', leftOut: [{ value: 'for national calls dial 91 5 555-0100', why: 'printed after the fax number, not part of it' }] } },
    // A remark between two numbers says who dials which: both numbers his, the remark in a TODO.
    { input: 'Phone: 800-555-0100 (for callers in the state) or 512-555-0101 (for out-of-state callers)', expected: { emails: [], phone: '800-555-0100 / 512-555-0101', leftOut: [{ value: '(for callers in the state)', why: 'printed between the phone numbers, not part of them' }] } },
    { input: 'Fax: 020 0000 1167 or 020 0000 1168', expected: { emails: [], fax: '020 0000 1167 / 020 0000 1168' } },
    { input: 'Twitter: @FiscaliaExample', expected: { emails: [], twitter: '@FiscaliaExample' } },
    { input: 'X: @LagosJusticeEx', expected: { emails: [], twitter: '@LagosJusticeEx' } },
    { input: 'X/Twitter: https://x.com/MPexampleGT', expected: { emails: [], twitter: '@MPexampleGT' } },
    { input: '@PapuaGovExample', expected: { emails: [], twitter: '@PapuaGovExample' } },
    { input: '+58 212 000 0000', expected: { emails: [], phone: '+58 212 000 0000' } },
    { input: 'Salutation: Dear Attorney General', expected: { emails: [], salutation: 'Dear Attorney General' } },
    { input: 'Facebook: fiscalia.example', expected: { emails: [], ignored: 'fiscalia.example' } },
    { input: 'Phone: 202 895 5400 I Fax: 202 244 5131 I Email: embassy@egypt.example.org', expected: { emails: ['embassy@egypt.example.org'], phone: '202 895 5400', fax: '202 244 5131' } },
    { input: 'Téléphone : +212 537 00 00 00 · Fax : +212 537 00 00 01', expected: { emails: [], phone: '+212 537 00 00 00', fax: '+212 537 00 00 01' } },
    { input: 'Correo-e: fiscal.general@fgr.example.mx', expected: { emails: ['fiscal.general@fgr.example.mx'] } },
    { input: 'E-Mail: info@iranbotschaft.example.de', expected: { emails: ['info@iranbotschaft.example.de'] } },
    { input: 'E-post: info@prokuratura.example.by', expected: { emails: ['info@prokuratura.example.by'] } },
    { input: 'Telefon: +49 30 555 0100', expected: { emails: [], phone: '+49 30 555 0100' } },
    { input: 'Twitter: @MPguatemala_ex @FiscalGeneralGT', expected: { emails: [], twitter: '@MPguatemala_ex', leftOut: [{ value: '@FiscalGeneralGT', why: SECOND_HANDLE }] } },
    { input: 'Fax +202 2391 1441', expected: { emails: [], fax: '+202 2391 1441' } },
    // A flattened page ran the last address line and the email together.
    { input: 'Tegucigalpa, Honduras despacho@sre.example.hn / Twitter: @CancilleriaEx', expected: { emails: ['despacho@sre.example.hn'], address: 'Tegucigalpa, Honduras', twitter: '@CancilleriaEx' } },
    { input: 'Write to us at info@example.org', expected: undefined },
    // One-letter labels, as UK and US pages abbreviate them, only with the value each must have.
    { input: 'T: 202 000 1200 | F: 202 000 0195', expected: { emails: [], phone: '202 000 1200', fax: '202 000 0195' } },
    { input: 'T: +44 20 0000 5037 | E: embassy@example.org.uk', expected: { emails: ['embassy@example.org.uk'], phone: '+44 20 0000 5037' } },
    { input: 'M: +256 700 000 000', expected: { emails: [], phone: '+256 700 000 000' } },
    { input: 'F: Ministry of Justice', expected: undefined },
    { input: 'E: see the embassy website', expected: undefined },
    // German pages: the salutation "(korrekte Anrede: …)", a web page instead of an email, the subject line.
    { input: '(korrekte Anrede: Your Excellency)', expected: { emails: [], salutation: 'Your Excellency' } },
    { input: 'E-Mail: über die Internetseite:', expected: { emails: [] } },
    { input: 'http://www.justiz.example.ir/kontakt', expected: { emails: [], ignored: 'http://www.justiz.example.ir/kontakt' } },
    { input: '(Betreff: FAO Jane Doe)', expected: { emails: [], ignored: 'FAO Jane Doe' } },
    { input: 'Tel (202) 000-5400', expected: { emails: [], phone: '(202) 000-5400' } },
    { input: 'Twitter: @EmbassyEx ; @AmbassadorEx', expected: { emails: [], twitter: '@EmbassyEx', leftOut: [{ value: '@AmbassadorEx', why: SECOND_HANDLE }] } },
    { input: '(Anrede: Your Excellency / Exzellenz)', expected: { emails: [], salutation: 'Your Excellency / Exzellenz' } },
    { input: 'Tratamiento: Señor Fiscal General', expected: { emails: [], salutation: 'Señor Fiscal General' } },
    // The salutation's label in Polish, Italian, Portuguese and Dutch; "Faks" is Polish for fax.
    { input: 'Forma grzecznościowa: Szanowny Panie Ministrze', expected: { emails: [], salutation: 'Szanowny Panie Ministrze' } },
    { input: 'Formula di cortesia: Signor Ministro', expected: { emails: [], salutation: 'Signor Ministro' } },
    { input: 'Tratamento: Senhor Presidente', expected: { emails: [], salutation: 'Senhor Presidente' } },
    { input: 'Aanhef: Geachte minister', expected: { emails: [], salutation: 'Geachte minister' } },
    { input: 'Nagłówek: Dear President / Szanowny Panie Prezydencie', expected: { emails: [], salutation: 'Dear President / Szanowny Panie Prezydencie' } },
    { input: 'Intestazione: Egregio Signor Ministro', expected: { emails: [], salutation: 'Egregio Signor Ministro' } },
    { input: 'Faks: +48 22 123 45 67', expected: { emails: [], fax: '+48 22 123 45 67' } },
    { input: "Formule d’appel : Monsieur le Procureur général,", expected: { emails: [], salutation: 'Monsieur le Procureur général' } },
    { input: 'Hälsningsfras: Dear Prosecutor General', expected: { emails: [], salutation: 'Dear Prosecutor General' } },
    { input: 'Fax: +999 11 400 2000 (please keep trying)', expected: { emails: [], fax: '+999 11 400 2000' } },
    { input: 'Phone: 202 555 0140 Contact Form: https://embassy.example.org/contact', expected: { emails: [], phone: '202 555 0140', ignored: 'https://embassy.example.org/contact' } },
    { input: 'Fax: 0207 000 8625 office@embassy.example.org', expected: { emails: ['office@embassy.example.org'], fax: '0207 000 8625' } },
    { input: 'Email (via contact form): https://court.example.org/contact', expected: { emails: [], ignored: 'https://court.example.org/contact' } },
    { input: 'Webform: https://court.example.org/reception', expected: { emails: [], ignored: 'https://court.example.org/reception' } },
    // A domain broken by a space before or after a dot: joined when a second-level word and a real
    // country code remain ("gov. co", "gob .mx"), else left out and named.
    { input: 'Email: despacho@justicia.gov. co', expected: { emails: ['despacho@justicia.gov.co'] } },
    { input: 'Correo-e: fiscal@fgr.gob .mx', expected: { emails: ['fiscal@fgr.gob.mx'] } },
    { input: 'gabinete@interior.gouv. fr, contact@justice.example.org', expected: { emails: ['gabinete@interior.gouv.fr', 'contact@justice.example.org'] } },
    { input: 'E-Mail: poststelle@justiz.example.de. at', expected: { emails: [], leftOut: [{ value: 'poststelle@justiz.example.de. at', why: 'an email address broken inside its domain: copy it whole from the page' }] } },
    { input: 'Email: office@ministry.gov. zz', expected: { emails: [], leftOut: [{ value: 'office@ministry.gov. zz', why: 'an email address broken inside its domain: copy it whole from the page' }] } },
    // An address cut short by the page ("….gov.t") is left out whole, never kept as "….gov".
    // An "@" written against robots, read back under the email label or on a line of such addresses alone.
    { input: 'E-mail : info(a)pm.example.org / secretary(a)cabinet.example.org', expected: { emails: ['info@pm.example.org', 'secretary@cabinet.example.org'] } },
    { input: 'Email: kanzlei [at] example.ch', expected: { emails: ['kanzlei@example.ch'] } },
    { input: 'mdu(a)pm.example.org', expected: { emails: ['mdu@pm.example.org'] } },
    // A salutation in brackets whose closing bracket was lost where the copied page ends.
    { input: '(Anrede: Dear Madam President', expected: { emails: [], salutation: 'Dear Madam President' } },
    { input: 'E-MAIL: embassy.example@mfa.gov.t', expected: { emails: [], leftOut: [{ value: 'embassy.example@mfa.gov.t', why: 'not a whole email address: copy it from the page' }] } },
    { input: 'Email: a@example.org, b@example.gov.t', expected: { emails: ['a@example.org'], leftOut: [{ value: 'b@example.gov.t', why: 'not a whole email address: copy it from the page' }] } },
    // Words after a fax or phone number are no part of it: the number is kept, the words named.
    { input: 'Fax: (00 99) 21 000 669 oder', expected: { emails: [], fax: '(00 99) 21 000 669', leftOut: [{ value: 'oder', why: 'printed after the fax number, not part of it' }] } },
    { input: 'Fax: 0207 000 1932, www.embassy.example.org.uk', expected: { emails: [], fax: '0207 000 1932', leftOut: [{ value: 'www.embassy.example.org.uk', why: 'printed after the fax number, not part of it' }] } },
    { input: 'Tel: +33 1 00 00 00 00 ou', expected: { emails: [], phone: '+33 1 00 00 00 00', leftOut: [{ value: 'ou', why: 'printed after the phone number, not part of it' }] } },
    // Words before the number say through whom it reaches the official: the number is kept, the words named.
    { input: 'Fax: c/o public fax number at Telecom, +231 555217', expected: { emails: [], fax: '+231 555217', leftOut: [{ value: 'c/o public fax number at Telecom', why: 'printed before the fax number, not part of it' }] } },
    { input: 'Phone: via the Ministry switchboard +999 11 000 3125', expected: { emails: [], phone: '+999 11 000 3125', leftOut: [{ value: 'via the Ministry switchboard', why: 'printed before the phone number, not part of it' }] } },
    { input: 'Teléfono: +57 1 000 0000 ext. 1234', expected: { emails: [], phone: '+57 1 000 0000 ext. 1234' } },
    { input: 'Fax: 030 – 00 92 51 76', expected: { emails: [], fax: '030 - 00 92 51 76' } },
    // A web address under a label the importer does not know: a page to reach the official through.
    { input: 'Mail : www.embassy.example.org/contact/', expected: { emails: [], ignored: 'www.embassy.example.org/contact/' } },
    { input: 'Kontakt: https://ministerium.example.de/kontakt', expected: { emails: [], ignored: 'https://ministerium.example.de/kontakt' } },
    { input: 'X (Twitter): https://x.com/ExampleMinistry', expected: { emails: [], twitter: '@ExampleMinistry' } },
    // A value with a contact's unmistakable shape under a label no list holds (a machine-translated
    // "Tweet", an unusual wording): the value goes where its shape says, the label nowhere.
    { input: 'Gorjeo: @ExamplePres', expected: { emails: [], twitter: '@ExamplePres' } },
    { input: 'Trino: \\@ExamplePres', expected: { emails: [], twitter: '@ExamplePres' } },
    { input: 'Mensajes: despacho@presidencia.example.ve', expected: { emails: ['despacho@presidencia.example.ve'] } },
    { input: 'Llamadas: +58 212 555 0111', expected: { emails: [], phone: '+58 212 555 0111' } },
    { input: 'Fac-símile: +55 61 5555 0199', expected: { emails: [], fax: '+55 61 5555 0199' } },
    // "Télécopieur": Canadian French for a fax; its word names a fax in any other form too ("Télécopies").
    { input: 'Télécopieur : +999 37 55 01 10', expected: { emails: [], fax: '+999 37 55 01 10' } },
    { input: 'Télécopies: +999 37 55 01 11', expected: { emails: [], fax: '+999 37 55 01 11' } },
    // A number alone with a remark in brackets: the remark is advice, not the number.
    { input: '+999 11 000 3125 (please keep trying)', expected: { emails: [], phone: '+999 11 000 3125' } },
    // A page saved as Markdown escapes the handle's "@".
    { input: 'Twitter: \\@ExampleKing', expected: { emails: [], twitter: '@ExampleKing' } },
    // A telephone line named by what it is for, its label longer than any field label.
    { input: 'Ministry of Example Comment Line: 202-555-0155', expected: { emails: [], phone: '202-555-0155' } },
    { input: 'Línea para comentarios del Ministerio de Ejemplo: 202-555-0155', expected: { emails: [], phone: '202-555-0155' } },
    { input: 'Numéro vert du ministère : 0800 000 111', expected: { emails: [], phone: '0800 000 111' } },
    // A label without its colon before a number: the sentence's stop is no part of it; two numbers
    // parted by a comma or "or" are both his, "a / b".
    { input: 'Telephone (011- 555) 2248-0000.', expected: { emails: [], phone: '(011- 555) 2248-0000' } },
    { input: 'Fax (011-555) 2243-0000.', expected: { emails: [], fax: '(011-555) 2243-0000' } },
    { input: 'Telephone (011-555) 2231-0003, (011-555) 2271-0004.', expected: { emails: [], phone: '(011-555) 2231-0003 / (011-555) 2271-0004' } },
    { input: 'Telephone (011-555) 2231-0003 or (011-555) 2271-0004', expected: { emails: [], phone: '(011-555) 2231-0003 / (011-555) 2271-0004' } },
    { input: 'Tel: (011-555) 2231-0003, (011-555) 2271-0004', expected: { emails: [], phone: '(011-555) 2231-0003 / (011-555) 2271-0004' } },
    // A CMS's spam-bot notice glued after the address is the site's furniture; alone, it is an address hidden.
    { input: 'Email: jane@example.orgThis email address is being protected from spam bots, you need Javascript enabled to view it', expected: { emails: ['jane@example.org'] } },
    { input: 'This email address is being protected from spambots. You need JavaScript enabled to view it.', expected: { emails: [], leftOut: [{ value: 'This email address is being protected from spambots. You need JavaScript enabled to view it.', why: 'the site hid this email address from robots: copy it from the page' }] } },
    // A web form to write through is named in a TODO, never an address.
    { input: 'Email at this website: http://www.example.org/cartas.htm **NEW**', expected: { emails: [], ignored: 'http://www.example.org/cartas.htm', leftOut: [{ value: 'http://www.example.org/cartas.htm', why: 'a web form to write through, not an email address: the case file has no field for it; use it from the page' }] } },
    // Two whole numbers in one field, parted by a word between dashes, a spaced dash, or a second "+": both his, "a / b".
    { input: 'T: 202.555.4953 -OR- 202.555.3873', expected: { emails: [], phone: '202.555.4953 / 202.555.3873' } },
    { input: 'Fax : 57(1) 555 20 00 – 57(1) 555 90 00', expected: { emails: [], fax: '57(1) 555 20 00 / 57(1) 555 90 00' } },
    { input: 'Fax: + 999 1 555 1741 + 999 11 555 0311', expected: { emails: [], fax: '+ 999 1 555 1741 / + 999 11 555 0311' } },
    // The dash before the next label is no part of the phone.
    { input: 'Tél : 01 00 55 46 08 – Fax : 01 00 55 18 60', expected: { emails: [], phone: '01 00 55 46 08', fax: '01 00 55 18 60' } },
    // A remark in brackets before the number says how it reaches him: named, never kept in the number.
    { input: 'Fax: (via Ministry of the Interior) +999 1 555 3125', expected: { emails: [], fax: '+999 1 555 3125', leftOut: [{ value: 'via Ministry of the Interior', why: 'printed before the fax number, not part of it' }] } },
    // A sentence ending in a colon that asks to fax him is the fax's label.
    { input: 'An den kann man auch faxen: (00 999) 11 555 3125', expected: { emails: [], fax: '(00 999) 11 555 3125' } },
    { input: 'You can also fax him at: +999 11 555 3125', expected: { emails: [], fax: '+999 11 555 3125' } },
    // Two emails with "-OR-" between them: both kept.
    { input: 'jane@example.org -OR- office@example.org', expected: { emails: ['jane@example.org', 'office@example.org'] } },
    // A call-in page names an official's other number by his office.
    { input: 'Local office: (907) 555-0115', expected: { emails: [], phone: '(907) 555-0115' } },
    // A template's label left with no number: no fax, no phone.
    { input: 'Fax: +', expected: { emails: [] } },
    { input: 'Tel: +', expected: { emails: [] } },
    { input: 'Tel/Fax: +', expected: { emails: [] } },
    { input: 'Fax: see the ministry website', expected: { emails: [], leftOut: [{ value: 'see the ministry website', why: 'no number after the fax label' }] } },
    // A telephone line named by what it is for, with a remark in square brackets: advice, not the number.
    { input: "Citizen's Opinion Hotline: (800) 555-0100 [for callers in the state]", expected: { emails: [], phone: '(800) 555-0100' } },
    { input: 'Information and Referral and Opinion Hotline: (512) 555-0199 [for out-of-state callers]', expected: { emails: [], phone: '(512) 555-0199' } },
    { input: 'Phone: (512) 555-0199 [weekdays only]', expected: { emails: [], phone: '(512) 555-0199' } },
  ];
  for (const { input, expected } of rows) {
    it(`reads "${input}"`, () => {
      expect(parseContactLine(input)).toEqual(expected);
    });
  }

  it('does not join a sentence that goes on after an address ending a sentence', () => {
    expect(parseContactLine('Email: info@embassy.example.org. to write to us, use the form')?.emails).toEqual(['info@embassy.example.org']);
  });

  const notContacts = ['Edificio Sede Principal del Ministerio Público,', 'New York, NY 10017', 'Attorney General of the Republic, Tarek William Saab', 'Avenida Abancay 491',
    // A number after a label that names no telephone line: a post box, a case number.
    'Apartado Postal: 1234 5678', 'Case number: 2020-000-1234', 'Line of the river: 12 345 678',
    // Under a label that names whose it is (an office, a longer phrase), or a value of another shape
    // (a date, a handle among words), it is not read as the official's contact.
    'Ministro del Interior: @ExampleMinister', 'Fecha: 12/02/2021', 'Gorjeo: saluden a @ExamplePres hoy', 'Código Postal: 1012'];
  for (const input of notContacts) {
    it(`does not read "${input}" as a contact line`, () => {
      expect(parseContactLine(input)).toBeUndefined();
    });
  }

  it('keeps a handle that is too long as written, so that validate reports it', () => {
    expect(parseContactLine('X: @AHandleFarTooLongForX')).toEqual({ emails: [], twitter: '@AHandleFarTooLongForX' });
  });
});

describe('numberUnderLabel', () => {
  it.each([
    ['Fax: (via Ministry of Interior)', '+999 11 000 3125 (please keep trying)', 'Fax: +999 11 000 3125 (please keep trying)'],
    ['Tel.:', '0030 210 000 000', 'Tel: 0030 210 000 000'],
    // A label with its value, a label that takes no number, a next line that is no number: no pair.
    ['Fax: +999 11 000 3125', '+999 11 000 9999', undefined],
    ['Email:', '+999 11 000 3125', undefined],
    ['Fax:', 'Office of the President', undefined],
  ])('%s / %s', (line, next, expected) => {
    expect(numberUnderLabel(line, next)).toBe(expected);
  });
});

describe('handleIn', () => {
  it('adds the @ to a bare handle', () => {
    expect(handleIn('MinJusticia')).toBe('@MinJusticia');
  });
});
