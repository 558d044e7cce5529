import { describe, expect, it } from 'vitest';
import { isAddressLike, isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole, splitTrailingCountry, unglueOffice } from '../../../src/import/official-words.js';

describe('splitHonorific', () => {
  const rows: Array<{ input: string; honorific: string | undefined; rest: string }> = [
    { input: 'His Excellency Mr. Héctor Constant Rosales', honorific: 'His Excellency Mr.', rest: 'Héctor Constant Rosales' },
    { input: 'Ms. Elena Vargas Ruiz', honorific: 'Ms.', rest: 'Elena Vargas Ruiz' },
    { input: 'Sr. Andrés Pop Caal', honorific: 'Sr.', rest: 'Andrés Pop Caal' },
    { input: 'Excmo. Sr. Juan Pérez', honorific: 'Excmo. Sr.', rest: 'Juan Pérez' },
    { input: 'M. Abakar Mahamat Nour', honorific: 'M.', rest: 'Abakar Mahamat Nour' },
    { input: 'L’honorable Jean Exemple', honorific: 'L’honorable', rest: 'Jean Exemple' },
    { input: "L'honorable Marie Exemple", honorific: "L'honorable", rest: 'Marie Exemple' },
    { input: 'The Honourable Musa Adeyemi', honorific: 'The Honourable', rest: 'Musa Adeyemi' },
    { input: 'General Surya Wibowo', honorific: 'General', rest: 'Surya Wibowo' },
    { input: 'General Prosecutor of Ukraine', honorific: undefined, rest: 'General Prosecutor of Ukraine' },
    // Ranks stand after a courtesy title too, and in their short forms; Burmese "U" and "Daw" are the name's own.
    { input: 'HIS EXCELLENCY BRIGADIER GENERAL TENDAI MOYO', honorific: 'HIS EXCELLENCY BRIGADIER GENERAL', rest: 'TENDAI MOYO' },
    { input: 'Lt. Gen. Kyaw Zin Oo', honorific: 'Lt. Gen.', rest: 'Kyaw Zin Oo' },
    // A hyphen may join the rank's two words ("Lt.-Gen.", "Major-General").
    { input: 'Lt.-Gen. Anton Beispiel', honorific: 'Lt.-Gen.', rest: 'Anton Beispiel' },
    { input: 'Major-General Jane Example', honorific: 'Major-General', rest: 'Jane Example' },
    { input: 'Vice Admiral Rosa Iglesias', honorific: 'Vice Admiral', rest: 'Rosa Iglesias' },
    { input: 'U Thein Maung', honorific: 'U', rest: 'Thein Maung' },
    { input: 'Daw Khin Mya Aye', honorific: 'Daw', rest: 'Khin Mya Aye' },
    { input: 'U Street Station', honorific: undefined, rest: 'U Street Station' },
    // The comma after a courtesy title is no part of it.
    { input: 'Her Excellency, Amara N Dube', honorific: 'Her Excellency', rest: 'Amara N Dube' },
    { input: 'Tarek William Saab', honorific: undefined, rest: 'Tarek William Saab' },
    // After a courtesy title, "Don" before a surname alone is the given name.
    { input: 'Mr. Don Example', honorific: 'Mr.', rest: 'Don Example' },
    // Abbreviated and spelt-out courtesy titles of Commonwealth, Gulf and US pages.
    { input: 'HE Jamal Abdel Example', honorific: 'HE', rest: 'Jamal Abdel Example' },
    { input: 'H.E Amara Example Dube', honorific: 'H.E', rest: 'Amara Example Dube' },
    { input: 'H.E. Amara Example Dube', honorific: 'H.E.', rest: 'Amara Example Dube' },
    { input: 'H. E. Amara Example Dube', honorific: 'H. E.', rest: 'Amara Example Dube' },
    { input: 'Hon Peter Example Mwangi', honorific: 'Hon', rest: 'Peter Example Mwangi' },
    { input: 'Hon. Peter Example Mwangi', honorific: 'Hon.', rest: 'Peter Example Mwangi' },
    { input: 'Honorable Mr Imran Example', honorific: 'Honorable Mr', rest: 'Imran Example' },
    { input: 'Honourable Grace Example', honorific: 'Honourable', rest: 'Grace Example' },
    { input: 'Eng. Samuel Example Otieno', honorific: 'Eng.', rest: 'Samuel Example Otieno' },
    { input: 'Engr. Samuel Example Otieno', honorific: 'Engr.', rest: 'Samuel Example Otieno' },
    { input: 'Atty. Juan Example dela Cruz', honorific: 'Atty.', rest: 'Juan Example dela Cruz' },
    // Cambodian and Malaysian forms of address.
    { input: 'Samdech Hun Example', honorific: 'Samdech', rest: 'Hun Example' },
    { input: 'Samdech Techo Hun Example', honorific: 'Samdech Techo', rest: 'Hun Example' },
    { input: 'Lok Chumteav Sok Example', honorific: 'Lok Chumteav', rest: 'Sok Example' },
    { input: "Dato' Sri Aminah Example", honorific: "Dato' Sri", rest: 'Aminah Example' },
    { input: 'Tan Sri Ahmad Example', honorific: 'Tan Sri', rest: 'Ahmad Example' },
    // Portuguese: "SE" (Sua Excelência) before "Sr.", "Bel." (a bachelor's degree).
    { input: 'SE Sr. Carlos Exemplo Silva', honorific: 'SE Sr.', rest: 'Carlos Exemplo Silva' },
    { input: 'Bel. Maria Exemplo de Souza', honorific: 'Bel.', rest: 'Maria Exemplo de Souza' },
    { input: 'Se Won Example', honorific: undefined, rest: 'Se Won Example' },
    // A military rank abbreviated without its full stops.
    { input: 'Lt Gen Aung Example', honorific: 'Lt Gen', rest: 'Aung Example' },
    // A German doctor's degree after the title, and four titles stacked.
    { input: 'Dr. med. Karl Beispiel', honorific: 'Dr. med.', rest: 'Karl Beispiel' },
    // The short forms of "Herr" and "Frau" an address label prints.
    { input: 'Hr. Max Beispiel', honorific: 'Hr.', rest: 'Max Beispiel' },
    { input: 'Hrn. Max Beispiel', honorific: 'Hrn.', rest: 'Max Beispiel' },
    { input: 'Fr. Erika Muster', honorific: 'Fr.', rest: 'Erika Muster' },
    { input: 'S. E. Herrn Prof. Dr. med Anton Beispiel Muster', honorific: 'S. E. Herrn Prof. Dr. med', rest: 'Anton Beispiel Muster' },
    // "He" is also a surname; in a line of capitals "HE" may be one.
    { input: 'He Weifang', honorific: undefined, rest: 'He Weifang' },
    { input: 'HE WEIFANG', honorific: undefined, rest: 'HE WEIFANG' },
    { input: 'Honduras Embassy', honorific: undefined, rest: 'Honduras Embassy' },
    // Dutch courtesy titles, stacked as a Dutch letter prints them.
    { input: 'Zijne Majesteit Koning Voorbeeld', honorific: 'Zijne Majesteit', rest: 'Koning Voorbeeld' },
    { input: 'Hare Excellentie mevrouw Anna de Vries', honorific: 'Hare Excellentie mevrouw', rest: 'Anna de Vries' },
    { input: 'Z.E. de heer Jan Voorbeeld', honorific: 'Z.E. de heer', rest: 'Jan Voorbeeld' },
    { input: 'Dhr. Jan Voorbeeld', honorific: 'Dhr.', rest: 'Jan Voorbeeld' },
    { input: 'Mevr. Anna de Vries', honorific: 'Mevr.', rest: 'Anna de Vries' },
    { input: 'H.M. King Example', honorific: 'H.M.', rest: 'King Example' },
    // India's "Shri", "Smt."; "H E" without its full stops; a title of descent after "Ayatollah"; a retired officer's rank.
    { input: 'Shri Karan Example Singh', honorific: 'Shri', rest: 'Karan Example Singh' },
    { input: 'Smt. Jane Example', honorific: 'Smt.', rest: 'Jane Example' },
    { input: 'H E The Hon. Jomo Example', honorific: 'H E The Hon.', rest: 'Jomo Example' },
    { input: 'Ayatollah Sayed ‘Ali Example', honorific: 'Ayatollah Sayed', rest: '‘Ali Example' },
    // "Seyed" alone opens many a name: only after "Ayatollah" is it a courtesy. "Shkh.": "Sheikh" shortened.
    { input: 'Seyed Jan Example', honorific: undefined, rest: 'Seyed Jan Example' },
    { input: 'Grand Ayatollah Seyyed Jan Example', honorific: 'Grand Ayatollah Seyyed', rest: 'Jan Example' },
    { input: 'Shkh. Jan Al-Example', honorific: 'Shkh.', rest: 'Jan Al-Example' },
    { input: 'Major Gen (ret.) AB Example', honorific: 'Major Gen (ret.)', rest: 'AB Example' },
  ];
  for (const { input, honorific, rest } of rows) {
    it(`splits "${input}"`, () => {
      expect(splitHonorific(input)).toEqual(honorific === undefined ? { rest } : { honorific, rest });
    });
  }
});

describe('line kinds', () => {
  const rows: Array<{ line: string; address: boolean; role: boolean; org: boolean; person: boolean }> = [
    { line: 'Edificio Sede Principal del Ministerio Público,', address: true, role: false, org: false, person: false },
    { line: 'Esquinas de Misericordia a Pele El Ojo Avenida México,', address: true, role: false, org: false, person: false },
    { line: 'Caracas, Venezuela', address: true, role: false, org: false, person: false },
    { line: 'Avenida Peatonal General Augusto Sandino,', address: true, role: true, org: false, person: false },
    { line: 'Complejo Legislativo Carlos Ejemplo,', address: true, role: false, org: false, person: false },
    { line: 'National Police Director', address: false, role: true, org: false, person: false },
    { line: 'National Assembly President', address: false, role: true, org: false, person: false },
    { line: 'Office of the President', address: false, role: true, org: true, person: false },
    { line: '335 East 46th Street', address: true, role: false, org: false, person: false },
    { line: 'Louis Edet House', address: true, role: false, org: false, person: false },
    { line: 'Permanent Mission of Bolivarian Republic of Venezuela to the United Nations', address: false, role: true, org: true, person: false },
    { line: 'Attorney General of the Republic', address: false, role: true, org: false, person: false },
    { line: 'Inspector General of Police', address: false, role: true, org: false, person: false },
    { line: 'Lagos State Ministry of Justice', address: false, role: true, org: true, person: false },
    { line: 'Governor of Papua Province', address: false, role: true, org: false, person: false },
    { line: 'Tarek William Saab', address: false, role: false, org: false, person: true },
    { line: 'María de los Ángeles Pérez', address: false, role: false, org: false, person: true },
    { line: 'Abdelfattah al-Sisi', address: false, role: false, org: false, person: true },
    { line: "Jean d'Ormesson", address: false, role: false, org: false, person: true },
    // German writes the office as one compound word.
    { line: 'Justizminister der Republik Türkei', address: false, role: true, org: false, person: false },
    { line: 'Bundespräsidentin', address: false, role: true, org: false, person: false },
    { line: 'Tekhnichesky per. 2', address: true, role: false, org: false, person: false },
    // A city and its country in capitals joined by a slash; a slash between two words is not enough.
    { line: 'Cusco/PERU', address: true, role: false, org: false, person: false },
    // The comma that runs a city line on to the next is not part of it.
    { line: 'Arequipa, Región Sur,', address: true, role: false, org: false, person: false },
    { line: 'Kläger/Beklagte', address: false, role: false, org: false, person: false },
    // A courtesy title and a name parted by a comma are not "Town, Region".
    { line: 'His Excellency, Amara N Dube', address: false, role: false, org: false, person: false },
    // An office's institution in the possessive is an institution, printed with the address.
    { line: 'President’s Secretariat', address: false, role: true, org: true, person: false },
    { line: "Prime Minister's Office", address: false, role: true, org: true, person: false },
    { line: "Attorney General's Office", address: false, role: true, org: true, person: false },
    // A possessive before no institution word is no institution.
    { line: "President's adviser", address: false, role: true, org: false, person: false },
    // A town that opens with an article is no person's name, though its words are capitalised.
    { line: 'La Ciudad Ejemplo', address: false, role: false, org: false, person: false },
    { line: 'El Pueblo', address: false, role: false, org: false, person: false },
    { line: 'Marine Le Exemple', address: false, role: false, org: false, person: true },
    // A word for a town or quarter and its particle open a place, though the rest reads like a name.
    { line: 'Madinat al-Example', address: true, role: false, org: false, person: true },
    { line: 'Cité de la Preuve', address: true, role: false, org: false, person: true },
    // A particle inside a name is no place: only the place word before it tells the two apart.
    { line: 'Hamada al-Example', address: false, role: false, org: false, person: true },
    // A ministry's programme is an institution above the person in charge, never his name.
    { line: 'Programa de Derechos Humanos', address: false, role: true, org: true, person: false },
    { line: 'Human Rights Programme', address: false, role: true, org: true, person: false },
    // The head of state's own administration (a Central Asian or East European envelope's first
    // line) is an institution, in any of the languages it is printed in; never a person's name.
    { line: 'Presidential Administration', address: false, role: true, org: true, person: false },
    { line: 'Presidential Administration of the Republic of Exampleland', address: false, role: true, org: true, person: false },
    { line: 'Administración Presidencial', address: false, role: true, org: true, person: false },
    // An institution's noun and its adjective "general" is the institution (fr, es, it); a noun that
    // may name a person ("Secretaría": a woman secretary) or an office before "General" stays the office.
    { line: 'Parquet général', address: false, role: true, org: true, person: false },
    { line: 'Procuraduría General', address: false, role: true, org: true, person: false },
    { line: 'Procura generale', address: false, role: true, org: true, person: false },
    { line: 'Secretaría General', address: false, role: true, org: false, person: false },
    { line: 'Procurador General', address: false, role: true, org: false, person: false },
    // Malay institutions: "Kementerian" (ministry), "Jabatan" (department), "Pejabat" (office); never a person.
    { line: 'Kementerian Contoh Negeri', address: false, role: true, org: true, person: false },
    { line: 'Jabatan Contoh Awam', address: false, role: true, org: true, person: false },
  ];
  for (const r of rows) {
    it(`classifies "${r.line}"`, () => {
      expect({ address: isAddressLike(r.line), role: isRoleLike(r.line), org: isOrganisation(r.line), person: isPersonName(r.line) }).toEqual({
        address: r.address,
        role: r.role,
        org: r.org,
        person: r.person,
      });
    });
  }

  it('counts a line ending with the case country as an address', () => {
    expect(isAddressLike('Ikeja, Lagos, Nigeria', ['Nigeria'])).toBe(true);
    expect(isAddressLike('Ikeja, Lagos, Nigeria')).toBe(false);
  });

  it('splits one leading office word from a name', () => {
    expect(splitLeadingRole('President Jane Doe')).toEqual({ title: 'President', name: 'Jane Doe' });
    expect(splitLeadingRole('President of the Republic')).toBeUndefined();
    // The office's last word opens a country's name: "Arab Emirates" is no person.
    expect(splitLeadingRole('President of the United Arab Emirates')).toBeUndefined();
  });

  it('splits an office with a joining word or a lower-case office word from a name', () => {
    expect(splitLeadingRole('Minister of Justice Youssef al-Amrani')).toEqual({ title: 'Minister of Justice', name: 'Youssef al-Amrani' });
    expect(splitLeadingRole('Procureure générale Marta Kowalczyk')).toEqual({ title: 'Procureure générale', name: 'Marta Kowalczyk' });
    expect(splitLeadingRole('Minister of Law and Human Rights')).toBeUndefined();
    // A courtesy title between the office and the name is neither; a rank there is part of the office.
    expect(splitLeadingRole('Ambassador Sheikh Hamad bin Ali Al Example')).toEqual({ title: 'Ambassador', name: 'Sheikh Hamad bin Ali Al Example' });
    expect(splitLeadingRole('Fiscal General de Ejemplo Ana Ruiz Soto')).toEqual({ title: 'Fiscal General de Ejemplo', name: 'Ana Ruiz Soto' });
    // A German office is one compound word.
    expect(splitLeadingRole('Innenminister Karl Beispiel Muster')).toEqual({ title: 'Innenminister', name: 'Karl Beispiel Muster' });
    expect(splitLeadingRole('Justizministerin Anna Beispiel')).toEqual({ title: 'Justizministerin', name: 'Anna Beispiel' });
  });

  // An office of several words that names its state or institution after a joining word ("… da
  // República", "… of the Republic") runs on through it: the name is what follows it, or none.
  it.each([
    { line: 'Procurador Geral da República Jana Exemplo', expected: { title: 'Procurador Geral da República', name: 'Jana Exemplo' } },
    { line: 'Defensor Geral do Estado Jan Exemplo Lima', expected: { title: 'Defensor Geral do Estado', name: 'Jan Exemplo Lima' } },
    // A particle inside the person's own name is no office's run-on.
    { line: 'Presidente Jan Exemplo da Silva', expected: { title: 'Presidente', name: 'Jan Exemplo da Silva' } },
    { line: 'Ministro Jan de Souza Exemplo', expected: { title: 'Ministro', name: 'Jan de Souza Exemplo' } },
  ])('splits "$line" after the whole office', ({ line, expected }) => {
    expect(splitLeadingRole(line)).toEqual(expected);
  });

  // Argentina's offices end in the state they serve ("… y Culto de la Nación"): the words after the
  // office's first words are still the office's, never a name printed on its line.
  it.each([
    'Ministra de Relaciones Exteriores y Culto de la Nación',
    'Secretario de Asuntos Penitenciarios de la Nación',
    'Procurador del Tesoro de la Nación',
    'Ministro de Justicia y Seguridad da Nação',
  ])('reads "%s" as an office with no name in it', (line) => {
    expect(splitLeadingRole(line)).toBeUndefined();
    expect(isRoleLike(line)).toBe(true);
  });
});

describe('unglueOffice', () => {
  const rows: Array<{ input: string; expected: string }> = [
    { input: 'PublicProsecutor Hamada al-Sawi', expected: 'Public Prosecutor Hamada al-Sawi' },
    { input: 'Fiscal General de Egipto / PublicProsecutor', expected: 'Fiscal General de Egipto / Public Prosecutor' },
    { input: 'AttorneyGeneral Jane Doe', expected: 'Attorney General Jane Doe' },
    // Names and brands written with an inner capital stay as they are.
    { input: 'Ronald DeSantis', expected: 'Ronald DeSantis' },
    { input: 'Mary McDonald', expected: 'Mary McDonald' },
    { input: 'LinkedIn: ExampleOffice', expected: 'LinkedIn: ExampleOffice' },
  ];
  for (const { input, expected } of rows) {
    it(`reads "${input}" as "${expected}"`, () => {
      expect(unglueOffice(input)).toBe(expected);
    });
  }
});

describe('splitTrailingCountry', () => {
  const rows: Array<{ input: string; name: string; country?: string }> = [
    { input: 'JANE AMANI EXAMPLE Kenya', name: 'JANE AMANI EXAMPLE', country: 'Kenya' },
    { input: 'PETER EXAMPLE South Africa', name: 'PETER EXAMPLE', country: 'South Africa' },
    { input: 'MARÍA EXAMPLE PÉREZ Colombia', name: 'MARÍA EXAMPLE PÉREZ', country: 'Colombia' },
    // The surname in capitals, then the given name: one name.
    { input: 'OGAWA Toshio', name: 'OGAWA Toshio' },
    { input: 'EXAMPLE Kenji Taro', name: 'EXAMPLE Kenji Taro' },
    // A name in mixed case keeps its last word, whatever it is.
    { input: 'Jane Example Jordan', name: 'Jane Example Jordan' },
    { input: 'KENYA', name: 'KENYA' },
  ];
  it.each(rows)('$input', ({ input, name, country }) => {
    expect(splitTrailingCountry(input)).toEqual(country === undefined ? { name } : { name, country });
  });
});
