import { describe, expect, it } from 'vitest';
import { scoreDraft } from '../../../bench/lib/import-score.mjs';

// The scorer measures the import's acceptance; a fault in it would hide or invent failures.
const draft = (frontMatter: string) => `---\n${frontMatter}\n---\n\n## Letter\n\nText.\n`;
const facts = (target: Record<string, unknown>) => ({ targets: [{ name: 'Jane Roe', ...target }] });

describe('scoreDraft', () => {
  it.each([
    ['a salutation as printed', 'salutation: Dear Minister', { salutation: 'Dear Minister' }, 'right'],
    ['a trailing comma', 'salutation: "Dear Minister,"', { salutation: 'Dear Minister' }, 'right'],
    ['another salutation', 'salutation: Dear Judge', { salutation: 'Dear Minister' }, 'wrong'],
    ['no salutation', '', { salutation: 'Dear Minister' }, 'missed'],
    ['a salutation the page has not got', 'salutation: Dear Minister', { salutation: null }, 'invented'],
    ['one form of a language map', 'salutation: {en: Your Excellency, de: Exzellenz}', { salutation: 'Exzellenz' }, 'right'],
    ['a bilingual salutation as a language map', 'salutation: {en: Your Excellency, de: Exzellenz}', { salutation: 'Your Excellency / Exzellenz' }, 'right'],
    ['a bilingual salutation printed without spaces around its slash', 'salutation: {en: Dear Minister, es: Sr. Ministro}', { salutation: 'Dear Minister/Sr. Ministro' }, 'right'],
    ['a phone with its other ending after a bar, written with a slash', 'phone: 202 000 3344 / 4350', { phone: '202 000 3344 | 4350' }, 'right'],
    ['a phone printed with long dashes, written with hyphens', 'phone: 615-555-2001', { phone: '615–555–2001' }, 'right'],
    ['a phone without its other ending', 'phone: 202 000 3344', { phone: '202 000 3344 | 4350' }, 'wrong'],
    ['an email the page printed broken across a line', 'email: office@justice.gov.example', { email: ['office@justice.gov. example'] }, 'right'],
    ['a handle printed as its address', 'twitter: "@ExampleMinistry"', { twitter: 'https://twitter.com/ExampleMinistry' }, 'right'],
    ['another handle printed as its address', 'twitter: "@ExampleMinistry"', { twitter: 'https://x.com/OtherMinistry/' }, 'wrong'],
    ['an address line printed with the comma that closes it', 'address: [Presidencia de la República, Managua]', { address_contains: ['Presidencia de la República,'] }, 'right'],
    ['another address line printed with a closing comma', 'address: [Presidencia de la República, Managua]', { address_contains: ['Palacio Nacional,'] }, 'missed'],
    ['an address line the page ran on with commas, broken into two lines at its comma', 'address: [Büro des Premiers, Exampleplatz, "Exampletown, Exampleland"]', { address_contains: ['Exampleplatz, Exampletown'] }, 'right'],
    ['two address lines that are not next to each other', 'address: [Büro des Premiers, Exampleplatz, "Exampletown, Exampleland"]', { address_contains: ['Büro des Premiers, Exampletown'] }, 'missed'],
    ['a map that holds only one of the two', 'salutation: {en: Your Excellency}', { salutation: 'Your Excellency / Exzellenz' }, 'wrong'],
  ])('%s is %s', (_label, salutationLine, want, verdict) => {
    const score = scoreDraft(draft(`targets:\n  - name: Jane Roe\n    ${salutationLine}`), facts(want));
    const counts = { right: score.right - 1, missed: score.missed, wrong: score.wrong, invented: score.invented };
    expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([[verdict, 1]]);
  });
});

describe('languages the page gives none of', () => {
  const none = { languages: [], targets: [] };
  it.each([
    ['a draft with no languages', 'languages: []', 'right'],
    ['a draft with none written at all', '', 'right'],
    ["a draft with the page's own language", 'languages: [nl]', 'wrong'],
  ])('%s (%s) is %s', (_label, line, verdict) => {
    const score = scoreDraft(draft(line), none);
    const counts = { right: score.right, missed: score.missed, wrong: score.wrong, invented: score.invented };
    expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([[verdict, 1]]);
  });
});

describe("another official's name inside an official", () => {
  const two = {
    targets: [
      { name: 'Jane Roe', address_contains: ['1 Example Road'] },
      { name: 'Karim Beispiel', address_contains: ['Embassy of Exampleland'] },
    ],
  };
  const front = (janeAddress: string) =>
    draft(`targets:\n  - name: Jane Roe\n    address: [${janeAddress}]\n  - name: Karim Beispiel\n    address: [Embassy of Exampleland]`);
  it('counts the second official run into the first one\'s address as invented', () => {
    expect(scoreDraft(front('1 Example Road, "Embassy, H.E. Karim Beispiel, Berlin"'), two).invented).toBe(1);
  });
  it('counts nothing when each keeps to its own lines', () => {
    expect(scoreDraft(front('1 Example Road'), two).invented).toBe(0);
  });
  it('counts nothing when the page prints the other official in this one\'s address ("c/o")', () => {
    const careOf = { targets: [{ name: 'Jane Roe', address_contains: ['c/o Karim Beispiel'] }, two.targets[1]] };
    expect(scoreDraft(front('"c/o Karim Beispiel", 1 Example Road'), careOf).invented).toBe(0);
  });
});

describe('an official named by the surname only', () => {
  it('is the right person with a wrong name, not an invented official', () => {
    const score = scoreDraft(draft('targets:\n  - name: Roe\n    title: Prime Minister'), { targets: [{ name: 'Jane Roe' }] });
    expect([score.wrong, score.invented]).toEqual([1, 0]);
  });
  it('matches no one whose name ends otherwise', () => {
    const score = scoreDraft(draft('targets:\n  - name: Doe'), { targets: [{ name: 'Jane Roe' }] });
    expect(score.invented).toBe(1);
  });
});
