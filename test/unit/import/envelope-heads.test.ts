// The head of a letter as sections and groups print it: the minister's name as letters are
// addressed with her own writing of it in brackets; the petition's greeting printed over the
// address as a heading; the letter's subject between the addressee and the greeting.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const targets = (page: string) => {
  const text = importDocument(page, { source: 'letter.txt' }).caseText;
  const fm = (parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') ?? {}) as { targets?: Array<Record<string, unknown>> };
  return { targets: fm.targets ?? [], text };
};

const letter = 'I urge you to halt the execution of Kenji Example and to introduce a moratorium on all executions.';

describe('an addressee block at the head of a letter', () => {
  it.each([
    ['Example Midori (例みどり)', 'Example Midori'],
    ['Jane Example (Джейн Пример)', 'Jane Example'],
    ['Jane Example (简·例子)', 'Jane Example'],
  ])('"%s": the name as letters are addressed, the bracket reported, not lost', (line, name) => {
    const page = ['Petition to the Minister of Justice', '', line, 'Ministry of Justice', '1-1-1 Kasumigaseki, Chiyoda-ku', 'Tokyo 100-8977', '', 'Dear Minister,', '', letter, '', 'Yours sincerely', ''].join('\n');
    const { targets: t, text } = targets(page);
    expect(t.map((x) => x.name)).toEqual([name]);
    expect(text).toContain(line.slice(line.indexOf('(') + 1, -1));
  });

  it('takes "Dear Minister" printed over the address for no office: the greeting under it is the salutation', () => {
    const page = ['Petition to the Minister of Justice', '', 'Dear Minister', 'Jane Example', 'Ministry of Justice', '1-1-1 Kasumigaseki, Chiyoda-ku', 'Tokyo 100-8977', '', 'Dear Minister,', '', letter, '', 'Yours sincerely', ''].join('\n');
    const [t] = targets(page).targets;
    expect(t?.name).toBe('Jane Example');
    expect(t?.title).toBeUndefined();
    expect(t?.salutation).toBe('Dear Minister');
  });

  it.each(['Petition to the Minister of Justice', 'Petición al Ministro de Justicia', 'Petycja do Ministra Sprawiedliwości'])('takes the petition\'s heading "%s" for no office of the name under it', (heading) => {
    const page = [heading, '', 'Jane Example', 'Ministry of Justice', '1-1-1 Kasumigaseki, Chiyoda-ku', 'Tokyo 100-8977', '', 'Dear Minister,', '', letter, '', 'Yours sincerely', ''].join('\n');
    const [t] = targets(page).targets;
    expect(t?.name).toBe('Jane Example');
    expect(JSON.stringify(t)).not.toContain(heading);
  });

  it('reads an envelope with no street number above the greeting when the letter\'s subject stands between', () => {
    const page = ['Open letter to the Government of Exampleland', '', '23 March 2011', '', 'Her Excellency Jane Example', 'Prime Minister of Exampleland', 'Old Example BhabanTejgaon,', '', 'Re: Call for the end of harassment against the Example Centre', '', 'Your Excellency Madame Prime Minister,', '', letter, '', 'Yours sincerely', ''].join('\n');
    const [t] = targets(page).targets;
    expect(t?.name).toBe('Jane Example');
    expect(t?.title).toBe('Prime Minister of Exampleland');
    expect(t?.address).toEqual(['Old Example BhabanTejgaon']);
  });
});

describe('courtesies as typists leave them', () => {
  it('reads "Mr.MA Ying Example" (the stop glued to the name) as the courtesy and the name', () => {
    const page = ['Please write to:', '', 'Mr.MA Ying Example', 'President, Examplia', 'No. 122, Example Road, Taipei City 100', 'Fax: +886-2-0000-0000', '', 'Dear President,', '', letter, '', 'Yours sincerely', ''].join('\n');
    expect(targets(page).targets.map((t) => [t.honorific, t.name])).toEqual([['Mr.', 'MA Ying Example']]);
  });
  it('opens the letter at "Excelência," alone on its line (Portuguese: Your Excellency)', () => {
    const page = ['Senhor Daniel Exemplo', 'Presidente da República de Exemplândia', '', 'Excelência,', '', 'Foi com profunda preocupação que recebemos a notícia da detenção do nosso colega, o jornalista Joel Exemplo, e pedimos a sua libertação imediata.', '', 'Com os melhores cumprimentos', ''].join('\n');
    const { text } = targets(page);
    expect(text).toMatch(/^languages: \[pt\]/m);
    expect(text).toMatch(/## Letter\n\nFoi com profunda/);
  });
});

describe('a Japanese postcard page with a postage note under "宛先"', () => {
  const page = ['抗議はがきの例文', '', '宛先', '', '(葉書:国外=70円、国内=50円)', '', '(国家主席)', '中国 100016', '北京市 国家主席', '張示例 主席 收', '', '<写しの宛先>', '', '[駐日例国大使]', '106-0046', '東京都港区元麻布9-9-9', '例国大使館 特命全権大使', '李示例 閣下', 'info@embassy.example.jp', '', 'PETITION', '', 'I am writing to Your Excellency to express my deep concern about the detention of protesters.', ''].join('\n');
  it('reads the envelopes after the note, the copy with its bare email, and takes no city line for an official', () => {
    const t = targets(page).targets;
    expect(t.map((x) => [x.name, x.email ?? null, x.copy ?? false])).toEqual([['張示例', null, false], ['李示例', 'info@embassy.example.jp', true]]);
  });
});

describe('a Portuguese courtesy on a line of its own above the name', () => {
  it('"A Sua Excelência," over "Senhor Daniel Exemplo," is the courtesy, never the name', () => {
    const page = ['A Sua Excelência,', 'Senhor Daniel Exemplo Chapo,', 'Presidente da República de Exemplândia', '', 'Excelência,', '', 'Foi com profunda preocupação que recebemos a notícia da detenção do nosso colega, o jornalista Joel Exemplo, e pedimos a sua libertação imediata.', '', 'Com os melhores cumprimentos', ''].join('\n');
    expect(targets(page).targets.map((t) => [t.name, t.title])).toEqual([['Daniel Exemplo Chapo', 'Presidente da República de Exemplândia']]);
  });
});
