import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../../src/case/parse-case.js';
import type { Case } from '../../../src/case/types.js';
import { exampleCase, repoRoot } from '../../helpers/cli.js';

const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', 'cases', name);

function parseFile(path: string, file = path): ReturnType<typeof parseCase> {
  return parseCase(readFileSync(path, 'utf8'), { file });
}

const valid: { name: string; file: string; expected: Partial<Case>; warnings?: string[] }[] = [
  {
    name: 'an official with only an email address',
    file: 'email-only.md',
    expected: {
      id: 'email-only',
      status: 'open',
      subjects: [],
      links: {},
      hashtags: [],
      bcc: [],
      targets: [{ id: 'interior-minister', name: 'Sam Example', title: 'Minister of the Interior', address: [], emails: ['minister@interior.example.org'], copy: false, honorific: undefined, salutation: undefined, organisation: undefined, fax: undefined, phone: undefined, twitter: undefined }],
    },
  },
  {
    name: 'an official with only an X handle, written with "@"',
    file: 'handle-only.md',
    expected: { hashtags: ['Testland', 'FreeThem'], targets: [expect.objectContaining({ twitter: 'PresidencyTL', emails: [], address: [] }) as never] },
  },
  {
    name: 'several emails, a Bcc string, links, a closed status and dates kept as written',
    file: 'several-emails.md',
    expected: {
      reference: 'UA 01/24',
      issued: '2024-10-01',
      deadline: '2024-11-30',
      contactsChecked: '2024-10-02',
      status: 'closed',
      bcc: ['actions@example.org'],
      links: { report: 'https://example.org/report', previous: 'https://example.org/ua/previous' },
      targets: [expect.objectContaining({ emails: ['minister@justice.example.org', 'cabinet@justice.example.org'], fax: '+00 1 23 45 67 89', phone: '+00 1 23 45 67 00 ext. 12' }) as never],
    },
  },
  {
    name: 'language-map salutations and a block address split into lines',
    file: 'localized-salutations.md',
    expected: {
      languages: ['es', 'en'],
      subjects: [{ name: 'The riverside community', pronouns: undefined }],
      targets: [
        expect.objectContaining({
          honorific: { en: 'Her Excellency', es: 'Su Excelencia' },
          salutation: { es: 'Señora Gobernadora', en: 'Dear Governor' },
          address: ['Palacio de Gobierno', 'Plaza Mayor 1', 'Ciudad del Norte', 'TESTLAND'],
        }) as never,
        expect.objectContaining({ salutation: 'Dear Ambassador', address: ['10 Example Road', 'London', 'United Kingdom'], copy: true }) as never,
      ],
    },
  },
  {
    name: 'Turkish names and address',
    file: 'turkish.md',
    expected: {
      country: 'Türkiye',
      subjects: [{ name: 'Ayşe Çağlar Yıldız', pronouns: 'she/her' }],
      targets: [expect.objectContaining({ name: 'İsmail Öztürk Güneş', address: ['Adalet Bakanlığı', 'Milli Müdafaa Caddesi No:22', '06659 Kızılay/Çankaya', 'Ankara', 'Türkiye'] }) as never],
    },
  },
  {
    name: 'Polish names and address, the postcode kept as text',
    file: 'polish.md',
    expected: {
      subjects: [{ name: 'Małgorzata Żółkiewska', pronouns: undefined }, { name: 'Łukasz Wójcik', pronouns: undefined }],
      targets: [expect.objectContaining({ name: 'Grzegorz Brzęczyszczykiewicz', address: ['ul. Źródłowa 5', '90-001 Łódź', 'Polska'] }) as never],
    },
  },
  {
    name: 'Cyrillic names, title map and block address',
    file: 'cyrillic.md',
    expected: {
      country: 'Россия',
      targets: [
        expect.objectContaining({
          name: 'Иван Петрович Смирнов',
          title: { ru: 'Генеральный прокурор', en: 'Prosecutor General' },
          address: ['ул. Большая Дмитровка, 15а', 'Москва, 125993', 'Россия'],
        }) as never,
      ],
    },
  },
];

describe('parseCase on valid case files', () => {
  it.each(valid)('accepts $name', ({ file, expected, warnings = [] }) => {
    const result = parseFile(fixture(file), `fixtures/${file}`);
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual(warnings);
    expect(result.case).toMatchObject({ file: `fixtures/${file}`, ...expected });
  });

  it('reads the example case with both officials, their details and every section', () => {
    const result = parseFile(exampleCase, 'cases/venezuela-protest-detentions.md');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const c = result.case!;
    expect(c).toMatchObject({ id: 'venezuela-protest-detentions', reference: 'Second UA 72.24', issued: '2024-08-16', deadline: '2024-09-27', languages: ['en', 'es'] });
    expect(c.targets.map((t) => [t.id, t.emails, t.copy])).toEqual([
      ['attorney-general', ['ministeriopublico@mp.gob.ve'], false],
      ['permanent-mission', ['misionvene@venezuelaonu.gob.ve'], true],
    ]);
    expect(c.targets[1]?.honorific).toEqual({ en: 'His Excellency', es: 'Su Excelencia' });
    expect(c.sections.map((s) => [s.name, s.lang])).toEqual([
      ['Summary', undefined], ['Letter', undefined], ['Letter', 'es'], ['Tweet', undefined], ['Background', undefined],
    ]);
    expect(c.sections[1]?.markdown.split('\n\n')).toHaveLength(4);
  });

  it('gives each section the line of its heading in the file', () => {
    const c = parseCase('---\nid: a\ntitle: T\ncountry: C\ndeadline: 2024-01-01\nlanguages: [en]\ntargets: [{id: x, name: X}]\n---\n\n## Letter\nHi.\n\n## Tweet\nHey.\n', { file: 'x.md' }).case!;
    expect(c.sections).toEqual([
      { name: 'Letter', lang: undefined, markdown: 'Hi.', line: 10 },
      { name: 'Tweet', lang: undefined, markdown: 'Hey.', line: 13 },
    ]);
  });

  it('keeps unknown top-level fields in extra and warns about them', () => {
    const r = parseCase('---\nid: a\ntitle: T\ncountry: C\ndeadline: 2024-01-01\nlanguages: [en]\ntargets: [{id: x, name: X}]\nnotes: call first\n---\n## Letter\nHi.\n', { file: 'x.md' });
    expect(r.case?.extra).toEqual({ notes: 'call first' });
    expect(r.warnings).toEqual([{ file: 'x.md', line: 8, column: 1, field: 'notes', message: 'unknown field; it is kept but not used' }]);
  });

  it('treats a field left empty as absent when it is optional', () => {
    const r = parseCase('---\nid: a\nreference:\ntitle: T\ncountry: C\ndeadline: 2024-01-01\nlanguages: [en]\ntargets:\n  - id: x\n    name: X\n    fax:\n---\n## Letter\nHi.\n', { file: 'x.md' });
    expect(r.errors).toEqual([]);
    expect(r.case?.reference).toBeUndefined();
    expect(r.case?.targets[0]?.fax).toBeUndefined();
  });

  it('accepts the yaml-language-server comment that links an editor to the schema', () => {
    const text = readFileSync(exampleCase, 'utf8');
    expect(text.split('\n')[1]).toBe('# yaml-language-server: $schema=../schema/case.schema.json');
    expect(parseCase(text, { file: 'x.md' }).errors).toEqual([]);
  });

  it('reads a file with a byte order mark and CRLF line ends like the plain one', () => {
    const text = readFileSync(exampleCase, 'utf8');
    const plain = parseCase(text, { file: 'x.md' });
    const windows = parseCase('\uFEFF' + text.replace(/\n/g, '\r\n'), { file: 'x.md' });
    expect(windows.errors).toEqual([]);
    expect(windows.case).toEqual(plain.case);
  });

  it('keeps digits as written where YAML would read a number', () => {
    const c = parseCase('---\nid: 2024\nreference: 72.24\ntitle: T\ncountry: C\ndeadline: 2024-01-01\nlanguages: [en]\ntargets:\n  - id: x\n    name: X\n    phone: 0212 555 0101\n    address: [Calle 1, 01234]\n---\n## Letter\nHi.\n', { file: 'x.md' }).case!;
    expect([c.id, c.reference, c.targets[0]?.phone, c.targets[0]?.address]).toEqual(['2024', '72.24', '0212 555 0101', ['Calle 1', '01234']]);
  });
});
