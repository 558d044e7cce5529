import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (lines: string[]): string => lines.join('\n');
const countryOf = (caseText: string): unknown => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { country?: unknown }).country;

describe('a Korean page\'s labelled addressee ("수신 :")', () => {
  const rows: Array<{ what: string; text: string; targets: Array<Record<string, unknown>>; country?: string }> = [
    {
      what: 'reads the name before the office without "귀하", and the phone run onto the address line',
      text: page([
        '[긴급행동] 대한민국: 평화 시위 참가자에 대한 기소를 취하하라',
        '',
        '수신 : 홍길동 대통령 귀하',
        '주소 : 03048/서울특별시 종로구 예시로 1 (예시동)전화 02)555-5800',
        '팩스 : 02-555-5801',
        '이메일 : president@example.go.kr',
      ]),
      targets: [{ id: 'official', name: '홍길동', title: '대통령', address: ['03048/서울특별시 종로구 예시로 1 (예시동)'], email: 'president@example.go.kr', fax: '02-555-5801', phone: '02)555-5800' }],
      country: 'South Korea',
    },
    {
      what: 'reads the office before the name, and an office alone standing in for the name',
      text: page([
        '수신: 법무부 장관 김예시',
        '주소: 13809/경기도 과천시 예시로 47',
        '',
        '수신: 경찰청장 귀하',
        '팩스: 02-555-0000',
      ]),
      targets: [
        { id: 'official', name: '김예시', title: '법무부 장관', address: ['13809/경기도 과천시 예시로 47'] },
        { id: 'official-2', name: '경찰청장', fax: '02-555-0000' },
      ],
    },
  ];
  for (const row of rows) {
    it(row.what, () => {
      const { caseText } = importDocument(row.text, { source: 'test.txt' });
      expect(draftTargets(caseText)).toEqual(row.targets);
      if (row.country !== undefined) expect(countryOf(caseText)).toBe(row.country);
    });
  }
});
