// A campaign's email form lists its recipients one a line, "Name (office)" or an office or
// institution alone: each is an official, the office alone named as printed. A petition's "To:"
// label over the letter's greeting names the institution written to. An acronym in capitals
// ("del INDE") is no country's name in another language ("Inde", French for India).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countryInPhrase } from '../../../src/import/country-inflected.js';
import { importDocument } from '../../../src/import/import-document.js';

const draft = (page: string) => {
  const text = importDocument(page, { source: 'page.txt' }).caseText;
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return (parse(m?.[1] ?? '') ?? {}) as { country?: string | null; targets?: Array<Record<string, unknown>> };
};

describe('an email form\'s recipients, offices alone among them', () => {
  it.each([
    {
      announce: 'Tu email se enviará a:',
      listed: ['Jan Ejemplo Ruiz (Vicepresidente de Ejemplia)', 'Ministerio Público de Ejemplia', 'Director de la Unidad General de Derechos Humanos', 'Comisión de Pueblos Indígenas del Senado'],
      names: ['Jan Ejemplo Ruiz', 'Ministerio Público de Ejemplia', 'Director de la Unidad General de Derechos Humanos', 'Comisión de Pueblos Indígenas del Senado'],
      greeting: 'Estimadas autoridades:',
      letter: 'Les escribo para pedirles que protejan a las comunidades indígenas y que garanticen su derecho a la tierra.',
    },
    {
      announce: 'Your email will be sent to:',
      listed: ['Ministry of Justice of Exampleland', 'Jane Example (Minister of the Interior)'],
      names: ['Ministry of Justice of Exampleland', 'Jane Example'],
      greeting: 'Dear authorities,',
      letter: 'I am writing to ask you to protect the defenders of the Example river and to investigate the threats against them.',
    },
    {
      announce: 'Seu email será enviado para:',
      listed: ['Ministério Público Federal', 'Ana Exemplo (Presidenta da Fundação Exemplo)'],
      names: ['Ministério Público Federal', 'Ana Exemplo'],
      greeting: 'Prezadas autoridades,',
      letter: 'Escrevo para pedir que protejam os defensores do rio Exemplo e investiguem as ameaças contra eles.',
    },
  ])('under "$announce" are $names', ({ announce, listed, names, greeting, letter }) => {
    const fm = draft(['Protejamos a los defensores', '', announce, ...listed, '', greeting, '', letter, ''].join('\n'));
    expect((fm.targets ?? []).map((t) => t.name)).toEqual(names);
  });

  it('gives no country from an institution\'s acronym in capitals', () => {
    const fm = draft(['Protejamos a los defensores', '', 'Tu email se enviará a:', 'Ana Ejemplo (Presidenta del INDE)', '', 'Estimada presidenta:', '', 'Le escribo para pedirle que proteja a las comunidades indígenas y que garantice su derecho a la tierra.', ''].join('\n'));
    expect(fm.country ?? null).toBeNull();
  });
});

describe('a country after "de", "of" in capitals', () => {
  it('is read in the page\'s language or English only: "del INDE" is no "Inde"', () => {
    expect(countryInPhrase('Presidenta del INDE', 'es')).toBeUndefined();
    expect(countryInPhrase('Fiscal General del PERÚ', 'es')).toBe('PERÚ');
    expect(countryInPhrase('Ambassador of EGYPT', 'en')).toBe('EGYPT');
  });
});

describe('a petition\'s "To:" label over the letter\'s greeting', () => {
  it.each([
    { label: 'Para: Senado Federal', greeting: 'Caro Senador/a,', letter: 'Escrevo para pedir que o Senado Federal rejeite o projeto de lei que ameaça os direitos dos povos indígenas.', name: 'Senado Federal', salutation: 'Caro Senador/a' },
    { label: 'To: Example Parliament', greeting: 'Dear Speaker,', letter: 'I urge you to reject the bill that would open the forest to mining and threaten the people who live there.', name: 'Example Parliament', salutation: 'Dear Speaker' },
    { label: 'Pour : Assemblée nationale', greeting: 'Mesdames et Messieurs les députés,', letter: 'Je vous demande de rejeter le projet de loi qui menace la forêt et ceux qui y vivent depuis toujours.', name: 'Assemblée nationale', salutation: 'Mesdames et Messieurs les députés' },
  ])('"$label" names $name, greeted "$salutation"', ({ label, greeting, letter, name, salutation }) => {
    const fm = draft(['Protect the forest', '', label, '', greeting, '', letter, ''].join('\n'));
    expect(fm.targets).toHaveLength(1);
    expect(fm.targets?.[0]).toMatchObject({ name, salutation });
  });

  it('is read right above the greeting only', () => {
    const letter = ['', 'Caro Senador/a,', '', 'Escrevo para pedir que rejeite o projeto de lei que ameaça os direitos dos povos indígenas.', ''];
    expect(draft(['Proteja os povos indígenas', '', 'Para: Senado Federal', ...letter].join('\n')).targets?.map((t) => t.name)).toEqual(['Senado Federal']);
    expect(draft(['Para: Senado Federal', '', 'Os povos indígenas precisam de proteção.', '', 'A lei ameaça os seus territórios.', ...letter].join('\n')).targets ?? []).toEqual([]);
  });
});
