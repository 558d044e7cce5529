import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isTurkishInstitution } from '../../../src/import/turkish-contact-words.js';
import { draftTargets } from './helpers.js';

const page = (lines: string[]): string => ['URGENT ACTION', 'TURKEY: TEACHER HELD', '', 'Please write to the officials below.', '', 'İletişim bilgileri:', '', ...lines, '', 'Sayın Bakan,', '', 'Öğretmen Ayşe Örnek\'in derhal ve koşulsuz olarak serbest bırakılmasını talep ediyorum, çünkü kendisi yalnızca ifade özgürlüğünü kullanmıştır.', '', 'Saygılarımla,'].join('\n');
const pick = (t: Record<string, unknown>) => ({ name: t.name, address: t.address, email: t.email, phone: t.phone, fax: t.fax });

describe('isTurkishInstitution', () => {
  const rows: Array<{ text: string; expected: boolean }> = [
    { text: 'TC. Örnek Bakanlığı Ceza Ve Tevkif Evleri Genel Müdürlüğü', expected: true },
    { text: 'Örnekköy 2 No’lu F Tipi Hapishanesi', expected: true },
    { text: 'Örnekşehir Cumhuriyet Başsavcılığı', expected: true },
    // A person's name, and a sentence that ends in the keyword, are no institution.
    { text: 'Ayşe Örnek', expected: false },
    { text: 'Lütfen yazın: Örnek Bakanlığı.', expected: false },
  ];
  for (const { text, expected } of rows) {
    it(`"${text}" is ${expected ? '' : 'not '}an institution`, () => {
      expect(isTurkishInstitution(text)).toBe(expected);
    });
  }
});

describe('a Turkish contact block ("İletişim bilgileri:"), a blank line after every line', () => {
  const rows: Array<{ what: string; lines: string[]; targets: Array<Record<string, unknown>> }> = [
    {
      what: 'reads an institution named with its keyword last as an official, with its "Faks", "Tel" and "E-posta"',
      lines: ['TC. Örnek Bakanlığı Ceza Ve Tevkif Evleri Genel Müdürlüğü', '', 'Faks: (0312) 555 33 70', '', 'Tel: 0312 555 10 00', '', 'E-posta: cte@ornek.gov.tr'],
      targets: [{ name: 'TC. Örnek Bakanlığı Ceza Ve Tevkif Evleri Genel Müdürlüğü', address: undefined, email: 'cte@ornek.gov.tr', phone: '0312 555 10 00', fax: '(0312) 555 33 70' }],
    },
    {
      what: 'reads "X telefonu: …" (X\'s phone) as an official of its own, not an address line of the one above',
      lines: ['TC Örnek Bakanlığı', '', 'ali.ornek@ornek.gov.tr', '', 'Tel  : (0312) 555 77 70', '', 'Örnekköy 2 No’lu F Tipi Hapishanesi telefonu: 0282 555  12 82'],
      targets: [
        { name: 'TC Örnek Bakanlığı', address: undefined, email: 'ali.ornek@ornek.gov.tr', phone: '(0312) 555 77 70', fax: undefined },
        { name: 'Örnekköy 2 No’lu F Tipi Hapishanesi', address: undefined, email: undefined, phone: '0282 555 12 82', fax: undefined },
      ],
    },
    {
      what: 'reads "Faks aracılığıyla:" and "E-posta aracılığıyla:" ("by way of fax/email") as the fax and the email',
      lines: ['Sayın Ali Örnek', 'İçişleri Bakanı', '06000 Bakanlıklar/Ankara', 'Türkiye', '', 'Faks aracılığıyla: +90-0312-555-00-00', 'E-posta aracılığıyla: bakan@example.gov.tr', '', 'Türkiye Washington Büyükelçiliği aracılığıyla'],
      targets: [{ name: 'Ali Örnek', address: ['06000 Bakanlıklar/Ankara', 'Türkiye'], email: 'bakan@example.gov.tr', phone: undefined, fax: '+90-0312-555-00-00' }],
    },
    {
      what: 'leaves out "… Büyükelçiliği aracılığıyla" (by way of the embassy: a route, no address line) on a page that spaces every line out',
      lines: ['Sayın Ali Örnek', '', 'İçişleri Bakanı', '', '06000 Bakanlıklar/Ankara', '', 'Türkiye', '', 'E-posta aracılığıyla: bakan@example.gov.tr', '', 'Türkiye Washington Büyükelçiliği aracılığıyla'],
      targets: [{ name: 'Ali Örnek', address: ['06000 Bakanlıklar/Ankara', 'Türkiye'], email: 'bakan@example.gov.tr', phone: undefined, fax: undefined }],
    },
  ];
  for (const row of rows) {
    it(row.what, () => {
      const { caseText } = importDocument(page(row.lines), { source: 'test.txt' });
      expect(draftTargets(caseText).map(pick)).toEqual(row.targets);
    });
  }
});
