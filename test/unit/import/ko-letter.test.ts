// A Korean letter printed to be copied out: the sender's placeholders, the addressee's town and
// postcode, "존경하는 … 님" and the letter; a later block names an official by his office over his
// address. The placeholders, the copy heading and the letter's lines are never an official's.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const draft = (lines: string[]) => {
  const text = importDocument(lines.join('\n'), { source: 'ko.txt' }).caseText;
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const fm = (parse(m?.[1] ?? '') ?? {}) as { country?: string; languages?: string[]; targets?: Array<Record<string, unknown>> };
  return { fm, body: m?.[2] ?? '' };
};
const pick = (t: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, t[k]]));

const story = ['긴급행동: 양심수를 석방하라', '', '박예시 씨는 평화로운 집회에 참가했다는 이유로 체포되었다.', ''];
const letter = ['저는 박예시 씨의 구금에 깊은 우려를 표합니다.', '박예시 씨를 즉각 석방해 주시기 바랍니다.'];

const rows: Array<{ what: string; page: string[]; targets: Array<Record<string, unknown>>; country?: string }> = [
  {
    what: 'a greeting with a name and an office, under the sender\'s placeholders and the addressee\'s town and postcode',
    page: [...story, '이름 장소, 날짜', '', '서울 110-000', '', '존경하는 홍길동 대통령님', '', ...letter],
    targets: [{ name: '홍길동', title: '대통령', salutation: '존경하는 홍길동 대통령님', address: ['서울 110-000'] }],
    country: 'South Korea',
  },
  {
    what: 'a greeting with 께 and a comma, the address on two lines',
    page: [...story, '날짜', '', '대한민국', '세종특별자치시 도움5로 20', '존경하는 김예시 국무총리님께,', ...letter],
    targets: [{ name: '김예시', title: '국무총리', salutation: '존경하는 김예시 국무총리님께', address: ['대한민국', '세종특별자치시 도움5로 20'] }],
    country: 'South Korea',
  },
  {
    what: 'an office over its address after the letter, a second official named by the office',
    page: [...story, '서울 03048', '', '존경하는 홍길동 대통령님', '', ...letter, '', '감사합니다.', '', '사본:', '', '법무부 장관', '경기도 과천시 관문로 47', '정부과천청사'],
    targets: [
      { name: '홍길동', title: '대통령', address: ['서울 03048'] },
      { name: '법무부 장관', address: ['경기도 과천시 관문로 47', '정부과천청사'] },
    ],
    country: 'South Korea',
  },
  {
    what: 'an office block greeted under its address: the greeting is its salutation',
    page: [...story, '검찰총장', '서울 서초구 반포대로 157', '', '존경하는 검찰총장님', ...letter],
    targets: [{ name: '검찰총장', salutation: '존경하는 검찰총장님', address: ['서울 서초구 반포대로 157'] }],
    country: 'South Korea',
  },
];

describe('a Korean letter greeted "존경하는 … 님"', () => {
  for (const r of rows) {
    it(`reads ${r.what}`, () => {
      const { fm, body } = draft(r.page);
      expect(fm.targets?.map((t, i) => pick(t, Object.keys(r.targets[i] ?? {})))).toEqual(r.targets);
      expect(fm.languages).toEqual(['ko']);
      if (r.country) expect(fm.country).toBe(r.country);
      expect(body).toContain('박예시 씨를 즉각 석방해 주시기 바랍니다.');
      // The placeholders and the letter are no official's.
      expect(JSON.stringify(fm.targets)).not.toMatch(/이름 장소|날짜|사본|깊은 우려/u);
    });
  }

  it('reads the deadline a Korean page writes "2025년 3월 31일까지", and no other date', () => {
    const { fm } = draft([...story, '2024년 5월 1일 체포된 박예시 씨를 위해 2025년 3월 31일까지 편지를 보내 주세요.', '', '서울 110-000', '', '존경하는 홍길동 대통령님', '', ...letter]);
    expect((fm as { deadline?: string }).deadline).toBe('2025-03-31');
  });

  it('takes no country from a Korean address when the page names another country above the officials', () => {
    const { fm } = draft(['긴급행동', '', '미얀마에서 활동가 박예시 씨가 체포되었다.', '', '서울 110-000', '', '존경하는 홍길동 외교부 장관님', '', ...letter]);
    expect(fm.targets?.[0]?.name).toBe('홍길동');
    expect(fm.country).not.toBe('South Korea');
  });
});
