// Letters in Danish, Norwegian, Czech, Polish, Finnish and Persian open with greetings the importer
// did not know, and close with their own words: the greeting opens the sample letter, the letter's
// language is its own (the greeting decides it where the detector is unsure), and the closing ends
// it. A writer's signature for a group, over a translation's dateline, is never an official.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument, recogniseAll } from '../../../src/import/import-document.js';
import { toImportText } from '../../../src/import/text.js';
import { isClosing } from '../../../src/import/closing.js';
import { fold } from '../../../src/import/fold.js';
import { isDateOnly } from '../../../src/import/written-date.js';
import { splitHonorific } from '../../../src/import/official-words.js';

const draft = (page: string) => {
  const text = importDocument(page, { source: 'letter.txt' }).caseText;
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const fm = (parse(m?.[1] ?? '') ?? {}) as { languages?: string[]; targets?: Array<Record<string, unknown>> };
  return { fm, body: m?.[2] ?? '' };
};

const block = ['Jane Example', 'Ministry of Justice', 'Example Street 10', '1216 Exampleton'];

const rows = [
  { lang: 'da', greeting: 'Kære minister', letter: 'Jeg skriver til dig for at bede dig om at løslade bloggeren Karim Beispiel, som blev anholdt i sit hjem i sidste måned og sigtet for sine indlæg på nettet.', closing: 'Venlig hilsen' },
  { lang: 'no', greeting: 'Kjære statsråd', letter: 'Jeg skriver til deg for å be deg om å bruke din innflytelse slik at journalisten Karim Beispiel blir løslatt fra fengselet uten vilkår.', closing: 'Med vennlig hilsen' },
  { lang: 'cs', greeting: 'Vážený pane prezidente,', letter: 'obracím se na Vás s žádostí, abyste přispěl k propuštění novináře Karima Beispiela, který je již rok vězněn bez soudu za svou práci.', closing: 'S pozdravem' },
  { lang: 'pl', greeting: 'Szanowna Pani Minister,', letter: 'zwracam się do Pani z prośbą o natychmiastowe uwolnienie dziennikarza Karima Beispiela, który został zatrzymany za swoją pracę i przebywa w areszcie bez wyroku.', closing: 'Z poważaniem' },
  { lang: 'fi', greeting: 'Arvoisa pääministeri', letter: 'Kirjoitan teille pyytääkseni, että toimittaja Karim Beispiel vapautetaan välittömästi ja ehdoitta, koska hänet on pidätetty pelkästään työnsä vuoksi.', closing: 'Ystävällisin terveisin' },
  { lang: 'fa', greeting: 'با سلام', letter: 'اینجانب از شما می‌خواهم که روزنامه‌نگار کریم بایشپیل را فوراً و بدون قید و شرط آزاد کنید زیرا او تنها به دلیل کار روزنامه‌نگاری خود بازداشت شده است.', closing: 'با احترام' },
];

describe('a letter greeted in Danish, Norwegian, Czech, Polish, Finnish or Persian', () => {
  for (const r of rows) {
    it(`opens the sample letter at "${r.greeting}", in its own language, and ends it at "${r.closing}" (${r.lang})`, () => {
      const { fm, body } = draft([...block, '', r.greeting, '', r.letter, '', r.closing, 'Karl Schreiber', ''].join('\n'));
      expect(fm.languages).toEqual([r.lang]);
      expect(fm.targets?.[0]?.salutation).toBe(r.greeting.replace(/,$/, ''));
      // The page's text is read without zero-width joiners (text.ts): the Persian letter keeps its words.
      expect(body).toContain(r.letter.replace(/\u200c/g, '').slice(0, 30));
      expect(body).not.toContain(r.closing);
    });
  }

});

describe('the closings of those languages, and closings of the writer\'s own words', () => {
  const closings = ['Med vennlig hilsen', 'Venlig hilsen', 'Med venleg helsing', 'S pozdravem', 'S úctou', 'Z poważaniem', 'Z wyrazami szacunku', 'Ystävällisin terveisin', 'Kunnioittavasti', 'با احترام', 'Mit nachdenklichem Gruß', 'Mit solidarischen Grüßen', 'Con vigilanza democratica,'];
  for (const c of closings) it(`"${c}" ends a letter`, () => expect(isClosing(fold(c))).toBe(true));
});

describe('datelines in those languages, and misspelt ones', () => {
  const rows2 = ['Prague, Februarry, 19th. 2024', 'Praha, 19. února 2024', 'Warszawa, 6 marca 2015', 'Helsinki, 6. maaliskuuta 2015', 'København, 6. marts 2015'];
  for (const d of rows2) it(`"${d}" is a date alone, never an address line`, () => expect(isDateOnly(d)).toBe(true));
});

// Central/Eastern European and Nordic letters: greetings and closings the importer did not know;
// the detector knows no Latvian, Estonian nor Icelandic and reads them as a near tie of
// languages it knows: the greeting tells the language.
const ceeRows = [
  { lang: 'pl', greeting: 'Wasza Ekscelencjo,', letter: 'piszę do Pana w sprawie dziennikarza Karima Beispiela, który został zatrzymany za swoją pracę i od trzech miesięcy przebywa w areszcie bez wyroku.', closing: 'Z poważaniem' },
  { lang: 'ro', greeting: 'Stimate domnule ministru,', letter: 'Vă scriu pentru a vă cere eliberarea imediată a jurnalistului Karim Beispiel, care a fost arestat pentru munca sa și este deținut fără proces de trei luni.', closing: 'Cu stimă,' },
  { lang: 'ro', greeting: 'Domnule Jan Exemplu,', letter: 'Vă scriu pentru a vă cere eliberarea imediată a jurnalistului Karim Beispiel, care a fost arestat pentru munca sa și este deținut fără proces de trei luni.', closing: 'Cu stimă,' },
  { lang: 'bg', greeting: 'Уважаеми господин Президент,', letter: 'Пиша Ви, за да Ви призова да освободите незабавно журналиста Карим Байшпил, който беше задържан заради работата си и е в ареста без присъда от три месеца.', closing: 'С уважение,' },
  { lang: 'lt', greeting: 'Gerbiamasis ministre,', letter: 'Rašau Jums prašydamas nedelsiant paleisti žurnalistą Karimą Beispielį, kuris buvo sulaikytas dėl savo darbo ir jau tris mėnesius laikomas be teismo.', closing: 'Pagarbiai' },
  { lang: 'lv', greeting: 'Godātais ministr,', letter: 'Es rakstu Jums, lai lūgtu nekavējoties atbrīvot žurnālistu Karimu Beispielu, kurš tika aizturēts sava darba dēļ un jau trīs mēnešus tiek turēts apcietinājumā bez tiesas.', closing: 'Ar cieņu' },
  { lang: 'et', greeting: 'Lugupeetud peaminister,', letter: 'Kirjutan Teile, et paluda ajakirjanik Karim Beispieli viivitamatut vabastamist, kes vahistati oma töö pärast ja keda on kolm kuud kohtuta kinni peetud.', closing: 'Lugupidamisega' },
  { lang: 'is', greeting: 'Hæstvirtur forsætisráðherra,', letter: 'Ég skrifa yður til að biðja um að blaðamaðurinn Karim Beispiel verði tafarlaust látinn laus, en hann var handtekinn vegna starfa sinna og hefur setið í varðhaldi án dóms í þrjá mánuði.', closing: 'Virðingarfyllst' },
  { lang: 'hu', greeting: 'Tisztelt Miniszter Úr!', letter: 'Azért írok Önnek, hogy kérjem Karim Beispiel újságíró azonnali szabadon bocsátását, akit munkája miatt vettek őrizetbe, és három hónapja tartanak fogva tárgyalás nélkül.', closing: 'Tisztelettel' },
];

describe('a letter greeted in Polish, Romanian, Bulgarian, Lithuanian, Latvian, Estonian, Icelandic or Hungarian', () => {
  for (const r of ceeRows) {
    it(`opens the sample letter at "${r.greeting}", in its own language, and ends it at "${r.closing}" (${r.lang})`, () => {
      const { fm, body } = draft([...block, '', r.greeting, '', r.letter, '', r.closing, 'Karl Schreiber', ''].join('\n'));
      expect(fm.languages).toEqual([r.lang]);
      expect(fm.targets?.[0]?.salutation).toBe(r.greeting.replace(/[,!]$/, ''));
      expect(body).toContain(r.letter.slice(0, 30));
      expect(body).not.toContain(r.closing.replace(/,$/, ''));
    });
    it(`opens the letter at "${r.greeting}" with no official above it (${r.lang})`, () => {
      const { fm, body } = draft([r.greeting, '', r.letter, '', r.closing, ''].join('\n'));
      expect(fm.languages).toEqual([r.lang]);
      expect(body).toContain(r.letter.slice(0, 30));
    });
  }
  it('keeps a clear answer of the detector: an English letter under a Lithuanian greeting stays English', () => {
    const { fm } = draft([...block, '', 'Gerbiamasis ministre,', '', 'We are writing to ask you to pass our appeal to your government and to help release the journalist Karim Beispiel, held without trial since March.', '', 'Yours sincerely', ''].join('\n'));
    expect(fm.languages).toEqual(['en']);
  });
  it.each(['Ar cieņu', 'Cu stimă,', 'С уважение,', 'Pagarbiai', 'Lugupidamisega', 'Virðingarfyllst', 'Tisztelettel', 'Őszinte tisztelettel,'])('"%s" ends a letter', (c) => expect(isClosing(fold(c))).toBe(true));
  it.each(['Tisztelettel kérjük a minisztert, hogy engedje szabadon.', 'Apelujemy o natychmiastowe uwolnienie Jana Przykładowego.'])('"%s" is a sentence, no closing', (c) => expect(isClosing(fold(c))).toBe(false));
});

describe('a letter signed for a group, then its translation', () => {
  it('takes neither the signer nor the translation\'s dateline for an official', () => {
    const page = ['Velvyslanectví Examplie', 'Thunovská 180/14', '118 00 Praha 1', '', 'Vážený pane velvyslanče,', '', 'obracíme se na Vás s žádostí, abyste předal naši výzvu své vládě a přispěl k propuštění novináře Karima Beispiela.', '', 'S pozdravem', 'Za české demonstranty', 'Ing. Jane Example', '', 'Prague, Februarry, 19th. 2024', '', 'Dear Ambassador,', '', 'We are writing to ask you to pass our appeal to your government and to help release the journalist Karim Beispiel.', '', 'Yours sincerely', ''].join('\n');
    const { fm } = draft(page);
    expect((fm.targets ?? []).map((t) => t.name)).not.toContain('Jane Example');
    expect(JSON.stringify(fm.targets ?? [])).not.toContain('Februarry');
    // Both letters are to send: the Czech one first, as the page prints them.
    expect(fm.languages).toEqual(['cs', 'en']);
  });

  it('keeps the translation as the letter in its language, not lost with the page under the closing', () => {
    const page = ['Velvyslanectví Examplie', 'Thunovská 180/14', '118 00 Praha 1', '', 'Vážený pane velvyslanče,', '', 'obracíme se na Vás s žádostí, abyste předal naši výzvu své vládě a přispěl k propuštění novináře Karima Beispiela.', '', 'S pozdravem', '', 'Dear Ambassador,', '', 'We are writing to ask you to pass our appeal to your government and to help release the journalist Karim Beispiel.', '', 'Yours sincerely', ''].join('\n');
    const { body } = draft(page);
    expect(body).toMatch(/^## Letter\n\nobracíme se na Vás/m);
    expect(body).toMatch(/^## Letter \(en\)\n\nWe are writing to ask you/m);
    expect(body.match(/^## Letter/gm)).toHaveLength(2);
  });

  it('keeps one letter a language: a second letter in the first one\'s language is not a translation', () => {
    const page = ['Dear Minister,', '', 'We ask you to release the journalist Karim Beispiel, held without trial since March.', '', 'Yours sincerely', '', 'Dear Ambassador,', '', 'We ask you to tell your government that the journalist Karim Beispiel must be freed.', '', 'Yours sincerely', ''].join('\n');
    expect(draft(page).body.match(/^## Letter/gm)).toHaveLength(1);
  });
});

describe('a Chinese letter greeted "尊敬的…先生："', () => {
  it('opens the sample letter at the greeting, in Chinese, and ends it at "此致"', () => {
    const f = recogniseAll(toImportText(['尊敬的张例子先生：', '', '我写信是为了敦促您立即无条件释放记者李示例，他仅仅因为和平行使言论自由而被拘留。', '', '此致', '敬礼', '王示例', ''].join('\n'), 'letter.txt'));
    expect(f.salutation.found && f.salutation.value).toEqual(['尊敬的张例子先生']);
    expect(f.languages.found && f.languages.value).toEqual(['zh']);
    expect(f.letter.found && f.letter.value.paragraphs.map((p) => p.text)).toEqual(['我写信是为了敦促您立即无条件释放记者李示例，他仅仅因为和平行使言论自由而被拘留。']);
  });
});

describe('a Chinese petition: two envelopes above one greeting, closed "专此奉达", then its English version', () => {
  const page = ['国家主席张例先生', '北京市示例区政府路1号', '', '国务院总理李样先生', '北京市样例区文书街8号', '', '尊敬的张主席、李总理:', '', '我们写信是因为记者王示例自去年十月起被羁押,至今未获准会见律师。', '', '我们恳请你们立即释放王示例,并保证他在羁押期间不受酷刑。', '', '专此奉达,敬请垂察!', '', 'Dear President Zhang and Premier Li,', '', 'We urge you to release the journalist Wang Shili at once.', '', 'Yours sincerely,', ''].join('\n');
  it('reads each envelope, office before the name, and greets both with the one greeting', () => {
    const { fm } = draft(page);
    expect((fm.targets ?? []).map((t) => [t.name, t.title, t.salutation])).toEqual([
      ['张例', '国家主席', '尊敬的张主席、李总理'],
      ['李样', '国务院总理', '尊敬的张主席、李总理'],
    ]);
  });
  it('ends the Chinese letter at its closing, so both languages are the letters\'', () => {
    const { fm, body } = draft(page);
    expect(fm.languages).toEqual(['zh', 'en']);
    expect(body).not.toMatch(/^## Letter\n[^#]*Wang Shili/m);
    expect(body).toMatch(/^## Letter \(en\)\n\nWe urge you/m);
  });
  it.each(['专此奉达,敬请垂察!', '專此', '专此函达。'])('"%s" ends a letter', (c) => expect(isClosing(fold(c))).toBe(true));
  it('takes no office\'s own line ("国家主席办公室") for a name: the greeting names no one of it', () => {
    const { fm } = draft(['国家主席办公室', '北京市示例区政府路1号', '', '尊敬的张主席:', '', '我们恳请您立即释放记者王示例。', '', '此致', '敬礼', ''].join('\n'));
    expect(fm.targets ?? []).toEqual([]);
  });
});

describe('courtesy titles of those languages before a name or office', () => {
  it.each([
    ['H.K.H. Kronprinsen', 'H.K.H.', 'Kronprinsen'],
    ['Hans Majestet Kong Example', 'Hans Majestet', 'Kong Example'],
    ['Jego Ekscelencja Jan Przykładowy', 'Jego Ekscelencja', 'Jan Przykładowy'],
    ['Jeho Excelence Jan Příklad', 'Jeho Excelence', 'Jan Příklad'],
    ['جناب آقای آیت الله نمونه مثالی', 'جناب آقای آیت الله', 'نمونه مثالی'],
  ])('"%s": "%s" is courtesy, "%s" the rest', (line, honorific, rest) => {
    expect(splitHonorific(line)).toEqual({ honorific, rest });
  });
});
