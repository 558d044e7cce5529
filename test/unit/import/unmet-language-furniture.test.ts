import { describe, expect, it } from 'vitest';
import { furnitureKind, isInstruction } from '../../../src/import/furniture.js';
import { importDocument } from '../../../src/import/import-document.js';
import type { ImportedOfficial } from '../../../src/import/official-block.js';
import { isAddressLike } from '../../../src/import/official-words.js';

// Headings, instructions and letter furniture of pages in languages the importer met late:
// Portuguese (Amnesty Portugal's layout), French reposts, Danish and Norwegian ones, Chinese ones.
// Every line below is written for these tests.

describe('furnitureKind: Portuguese, French, Danish and Norwegian headings and instructions', () => {
  const rows: Array<{ line: string; expected: ReturnType<typeof furnitureKind> }> = [
    // Portuguese: the call to act, alone or with the instruction run on after its colon.
    { line: 'PARTICIPE NESTA AÇÃO', expected: 'a heading' },
    { line: 'Participe nesta ação:', expected: 'a heading' },
    { line: 'PARTICIPE NESTA AÇÃO: ESCREVA UM APELO, NAS SUAS PRÓPRIAS', expected: 'an instruction to the reader' },
    { line: 'Aja agora', expected: 'a heading' },
    { line: 'Utilize o modelo de carta abaixo.', expected: 'an instruction to the reader' },
    // The instruction's end wrapped onto its own line: it asks the reader to use the letter.
    { line: 'PALAVRAS OU UTILIZANDO ESTE MODELO DE CARTA', expected: 'an instruction to the reader' },
    { line: 'or using this model letter', expected: 'an instruction to the reader' },
    { line: 'ou en utilisant ce modèle de lettre :', expected: 'an instruction to the reader' },
    { line: 'Texto da carta', expected: 'a heading' },
    // French: the action's heading on an association's monthly appeal.
    { line: 'AGIR :', expected: 'a heading' },
    { line: "Passez à l'action", expected: 'a heading' },
    // Danish and Norwegian: the kind of action, where to write, the letter's heading, a "please".
    { line: 'Hastesag', expected: 'a heading' },
    { line: 'HASTEAKSJON', expected: 'a heading' },
    { line: 'Det kan du gøre:', expected: 'a heading' },
    { line: 'Hva kan du gjøre?', expected: 'a heading' },
    { line: 'Skriv til:', expected: 'a heading' },
    { line: 'Send din appel til:', expected: 'a heading' },
    { line: 'Send appellen til:', expected: 'a heading' },
    { line: 'Kontaktinformasjon', expected: 'a heading' },
    { line: 'Forslag til brev:', expected: 'a heading' },
    { line: 'Eksempel på brev', expected: 'a heading' },
    { line: 'Venligst send mailen videre til andre.', expected: 'an instruction to the reader' },
    { line: 'Vennligst skriv så snart som mulig.', expected: 'an instruction to the reader' },
    // What a block holds stays what it is: a courtesy and office, a name, a street, a town.
    { line: 'Exma. Sra. Ministra do Interior', expected: undefined },
    { line: 'Joana Exemplar Faria', expected: undefined },
    { line: 'Largo do Exemplo, n.º 4', expected: undefined },
    { line: 'Rua da Participação, 12', expected: undefined },
    { line: 'Hans Hastrup Eksempel', expected: undefined },
    { line: 'Justitsministeriet', expected: undefined },
  ];
  it.each(rows)('$line → $expected', ({ line, expected }) => {
    expect(furnitureKind(line)).toBe(expected);
  });

  // A letter's own sentences that name the letter are no instruction: only the request to use it is.
  it.each(['Escrevo-lhe esta carta com grande preocupação.', 'I am sending you this letter about the case.', 'Modelo Exemplar, Lda.'])('%s is no instruction', (line) => {
    expect(isInstruction(line)).toBe(false);
  });
});

const officialsOf = (text: string): ImportedOfficial[] => {
  const f = importDocument(text, { source: 't.txt' }).findings.officials;
  return f.found ? f.value : [];
};
const brief = (o: ImportedOfficial) => ({ name: o.name?.value, title: o.title?.value, address: o.address.map((a) => a.value) });

describe('a letter-head with no labels under a cover note', () => {
  const note = (head: string[], greeting: string) => [
    'Hastesag',
    'Vi har modtaget nedenstående brev fra en ven i Exampleland og beder jer skrive hurtigst muligt.',
    'venlig hilsen',
    'Grethe og Bo',
    'Dear Karen,',
    'Please ask your members to write to our minister',
    'before the hearing next month.',
    'Thank you for your help.',
    ...head,
    greeting,
    'I am writing to ask you to stop the deportation of Jens Eksempel, a peaceful campaigner who has',
    'lived in this country for twenty years and whose family all live here.',
    'Yours sincerely,',
  ].join('\n');

  const rows: Array<{ name: string; head: string[]; greeting: string; expected: ReturnType<typeof brief>[]; salutation: string }> = [
    {
      name: 'name, office, institution, country, then a greeting by the same surname: the letter is the forwarded one',
      head: ['Tom Example', 'Minister of the Interior', 'Example House', 'Exampleland'],
      greeting: 'Dear Mr. Example',
      expected: [{ name: 'Tom Example', title: 'Minister of the Interior', address: ['Example House', 'Exampleland'] }],
      salutation: 'Dear Mr. Example',
    },
    {
      name: 'the same with blank lines between the head\'s lines and a comma after the greeting',
      head: ['Tom Example', '', 'Minister of the Interior', '', 'Example House', '', 'Exampleland', ''],
      greeting: 'Dear Mr. Example,',
      expected: [{ name: 'Tom Example', title: 'Minister of the Interior', address: ['Example House', 'Exampleland'] }],
      salutation: 'Dear Mr. Example',
    },
    {
      name: 'a greeting by another surname than the head\'s first line: nothing is read from the head',
      head: ['Tom Example', 'Minister of the Interior', 'Example House', 'Exampleland'],
      greeting: 'Dear Mr. Sample',
      expected: [],
      salutation: 'Dear Karen',
    },
    {
      name: 'a greeting by office alone: the head holds an address, so the letter is the forwarded one',
      head: ['Tom Example', 'Minister of the Interior', 'Example House', 'Exampleland'],
      greeting: 'Dear Minister',
      expected: [{ name: 'Tom Example', title: 'Minister of the Interior', address: ['Example House', 'Exampleland'] }],
      salutation: 'Dear Minister',
    },
  ];
  it.each(rows)('$name', ({ head, greeting, expected, salutation }) => {
    const text = note(head, greeting);
    expect(officialsOf(text).map(brief)).toEqual(expected);
    const found = importDocument(text, { source: 't.txt' }).findings.salutation;
    expect(found.found ? found.value[0] : undefined).toBe(salutation);
  });
});

describe('a Chinese page: the office in full in the "write to" line, greeted by surname and short office', () => {
  const page = (writeTo: string, greeting: string) => [
    '【例子國】記者因報導遭拘留：王例子',
    '',
    '王例子是一名記者，因報導地方選舉而遭警方拘留，至今仍未獲准會見律師與家人，情況令人十分擔憂。',
    '',
    writeTo,
    '',
    '訴求範本信',
    '',
    greeting,
    '',
    '我來信表達我對記者王例子的深切關注。他僅因和平報導新聞而遭拘留，請您立即無條件將他釋放，並確保他能會見律師與家人。',
    '',
  ].join('\n');

  const rows: Array<{ name: string; writeTo: string; greeting: string; expected: string | undefined }> = [
    { name: 'traditional characters: the greeting\'s short office ends the line\'s office', writeTo: '寫信給例子國司法部部長', greeting: '李部長 您好：', expected: '例子國司法部部長' },
    { name: 'simplified characters, a polite "please" before the request', writeTo: '请写信给例子市警察局局长', greeting: '张局长 您好:', expected: '例子市警察局局长' },
    { name: 'a greeting that names another office: no official', writeTo: '寫信給例子國司法部部長', greeting: '李局長 您好：', expected: undefined },
  ];
  it.each(rows)('$name', ({ writeTo, greeting, expected }) => {
    const result = importDocument(page(writeTo, greeting), { source: 't.txt' });
    const names = officialsOf(page(writeTo, greeting)).map((o) => o.name?.value);
    expect(names).toEqual(expected === undefined ? [] : [expected]);
    const salutation = result.findings.salutation;
    expect(salutation.found ? salutation.value[0] : undefined).toBe(greeting.replace(/[:：]$/u, ''));
  });
});

describe("isAddressLike: a letter-head's institution, then after its comma the street it stands in", () => {
  it.each([
    ["Ministère de l'Exemple, avenue de l'Indépendance", true],
    ['Ministério da Justiça, Rua Augusta Exemplo', true],
    ['Secretaría de Gobierno, Calle del Ejemplo', true],
    ['Palais de Justice, place Vendôme Exemple', true],
    // An office and its holder's name, an office and a town, a sentence's "via": none is a street.
    ['Ministre de la Justice, Jean Exemple', false],
    ['Ministro da Justiça, Luanda', false],
    ['Minister of Justice, via email', false],
  ])('%s → %s', (line, expected) => {
    expect(isAddressLike(line)).toBe(expected);
  });
});
