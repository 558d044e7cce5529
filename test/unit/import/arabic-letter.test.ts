// An Arabic appeal letter names its addressee above the greeting: his honorifics, a slash, his
// name, his office on the next line with a courtesy word far to its right. The honorifics and the
// courtesy word are no part of his name or title; the letter opens after "تحية طيبة وبعد،" and the
// "وبعد:" line under it, is Arabic, and the country is the one the page names in Arabic, given by its English name.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const draft = (page: string) => {
  const text = importDocument(page, { source: 'letter.txt' }).caseText;
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const fm = (parse(m?.[1] ?? '') ?? {}) as { country?: string; languages?: string[]; targets?: Array<Record<string, unknown>> };
  return { fm, body: m?.[2] ?? '' };
};

const letter = 'نكتب إليكم بشأن المدافع عن حقوق الإنسان كريم مثالي المحتجز منذ عام دون محاكمة، ونطالبكم بالإفراج الفوري وغير المشروط عنه وضمان حصوله على محام.';

const rows = [
  {
    why: 'honorifics before a slash, a trailing courtesy word after the office',
    head: ['صاحب السمو الملكي الأمير / فلان بن فلان آل مثال', 'أمير منطقة المثال                 الأكرم'],
    name: 'فلان بن فلان آل مثال',
    honorific: 'صاحب السمو الملكي الأمير',
    title: 'أمير منطقة المثال',
  },
  {
    why: 'honorifics with no slash, "المحترم" after the office',
    head: ['معالي الدكتور سالم بن مثال', 'وزير العدل المحترم'],
    name: 'سالم بن مثال',
    honorific: 'معالي الدكتور',
    title: 'وزير العدل',
  },
];

describe('an Arabic letter\'s addressee above its greeting', () => {
  for (const [r, greeting] of [...rows.map((r) => [r, 'تحية طيبة وبعد،'] as const), [rows[0]!, 'تحية إجلال وتقدير..'] as const]) {
    it(`is the official, by name and office (${r.why}; greeted "${greeting}")`, () => {
      const { fm, body } = draft(['منظمة مثال لحقوق الإنسان', '', ...r.head, '', greeting, 'وبعد:ـــ', '', letter, '', 'وتفضلوا بقبول فائق الاحترام والتقدير', 'منظمة مثال لحقوق الإنسان', ''].join('\n'));
      // The NGO's letterhead above him and the detainee in the letter are no addressee.
      expect(fm.targets).toHaveLength(1);
      expect(fm.targets?.[0]).toMatchObject({ name: r.name, honorific: r.honorific, title: r.title });
      expect(fm.languages).toEqual(['ar']);
      // The letter opens after the greeting's "and then" and ends at the closing.
      expect(body).toContain(letter.slice(0, 30));
      expect(body).not.toContain('وبعد:');
      expect(body).not.toContain('وتفضلوا');
    });
  }
});

describe('the country an Arabic page names, in English', () => {
  it.each([
    ['الرياض، المملكة العربية السعودية', 'Saudi Arabia'],
    ['القاهرة، مصر', 'Egypt'],
  ])('"%s" gives "%s"', (place, country) => {
    const { fm } = draft(['منظمة مثال لحقوق الإنسان', place, '', 'صاحب المعالي / سالم بن مثال', 'وزير العدل', '', 'تحية طيبة وبعد،', '', letter, ''].join('\n'));
    expect(fm.country).toBe(country);
  });
});

// "فخامة الرئيس مثالي" ("His Excellency the President Mithali"): the office after the courtesy is
// his title, never part of his name, in any script; after it his surname alone names him.
describe('an office after the courtesy above an Arabic greeting is the title, not the name', () => {
  const rows = [
    { head: 'فخامة الرئيس مثالي', honorific: 'فخامة', title: 'الرئيس', name: 'مثالي' },
    { head: 'معالي الوزير سالم بن مثال', honorific: 'معالي', title: 'الوزير', name: 'سالم بن مثال' },
    { head: 'سعادة السفير خالد مثالي', honorific: 'سعادة', title: 'السفير', name: 'خالد مثالي' },
  ];
  it.each(rows)('$head', ({ head, honorific, title, name }) => {
    const { fm } = draft(['الى ' + head, '', head, '', 'تحية طيبة وبعد', '', letter, ''].join('\n'));
    expect(fm.targets).toHaveLength(1);
    expect(fm.targets?.[0]).toMatchObject({ name, honorific, title });
  });
});
