// The detector names the languages officials are written to in, among them those franc-min left
// out (Catalan, Danish, Norwegian, Finnish, Slovak, Lithuanian), and never gives a short Russian
// text a neighbour's language (Macedonian, Bulgarian), which no official of the case would read.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/import/detect-language.js';

const rows: Array<{ lang: string; text: string }> = [
  { lang: 'ca', text: "Us escrivim per demanar-vos que allibereu de seguida el periodista Jordi Exemple, que fa tres mesos que és a la presó sense judici per haver informat sobre les protestes del seu barri." },
  { lang: 'da', text: 'Vi skriver til dig, fordi familien Eksempel nu skal sendes ud af landet, selv om børnene er født her og går i skole i byen. Vi beder dig om at se på deres sag igen.' },
  { lang: 'no', text: 'Vi skriver til deg fordi familien Eksempel nå skal sendes ut av landet, selv om barna er født her og går på skole i byen. Vi ber deg om å se på saken deres på nytt.' },
  { lang: 'fi', text: 'Kirjoitamme teille, koska perhe Esimerkki aiotaan lähettää maasta, vaikka lapset ovat syntyneet täällä ja käyvät koulua kaupungissa. Pyydämme teitä tutkimaan asian uudelleen.' },
  { lang: 'sk', text: 'Obraciame sa na Vás so žiadosťou, aby ste sa zasadili o okamžité prepustenie novinára Karola Príkladu, ktorý je už rok väznený bez súdu len za svoju prácu.' },
  { lang: 'sv', text: 'Vi skriver till dig eftersom familjen Exempel nu ska skickas ut ur landet, trots att barnen är födda här och går i skolan i staden. Vi ber dig att pröva deras sak på nytt.' },
  { lang: 'es', text: 'Le escribimos para pedirle que libere de inmediato al periodista Jorge Ejemplo, que lleva tres meses en prisión sin juicio por haber informado sobre las protestas de su barrio.' },
];

const russian = 'Пожалуйста, направьте письма в защиту задержанного активиста Ивана Примерова четырём адресатам.';

describe('the language of a letter', () => {
  it.each(rows)('$lang: $text', ({ lang, text }) => {
    expect(detectLanguage(text)).toBe(lang);
  });
  it('a short Russian text is Russian or unplaced, never Bulgarian or Macedonian', () => {
    expect(['ru', undefined]).toContain(detectLanguage(russian));
  });
});
