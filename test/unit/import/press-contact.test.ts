// A press release or newsletter signs off with its own press contact ("Contact: …, Media
// Coordinator, Phone: …, Email: …"): the sender's office, never an official, and its phone and email
// no official's — neither alone on the page nor under an official's block.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isPressContact } from '../../../src/import/press-contact.js';
import { draftTargets } from './helpers.js';

const story = [
  'URGENT ACTION',
  '',
  'RURITANIA: TRADE UNIONIST DETAINED',
  '',
  'Karim Beispiel, a trade unionist, was arrested on 3 May after a peaceful strike and has not been seen since.',
  '',
];
const official = ['Please write to:', 'Minister of Justice Jane Example', 'Ministry of Justice', '1 Example Street', 'Capital City, Ruritania', ''];

const rows = [
  { label: 'alone on the page', contact: 'Contact: Mary Sample, Media Coordinator, Phone: +1 212 555 0100, Email:,media@example.org', above: [] as string[] },
  { label: 'under an official', contact: 'Contact: Mary Sample, Media Coordinator, Phone: +1 212 555 0100, Email:,media@example.org', above: official },
  { label: 'a press contact label', contact: 'Press contact: Mary Sample +1 212 555 0100 media@example.org', above: official },
  { label: 'in German', contact: 'Pressekontakt: Maria Beispiel, Tel.: +49 30 555 0100, E-Mail: presse@example.org', above: official },
  { label: 'a communications officer', contact: 'For more information, contact: Mary Sample, Communications Officer, 212-555-0100, media@example.org', above: official },
];

describe("the sender's press contact", () => {
  it.each(rows)('$label: no official takes its name, phone or email', (row) => {
    const result = importDocument([...story, ...row.above, row.contact, ''].join('\n'), { source: 'press.txt' });
    const targets = draftTargets(result.caseText);
    const text = JSON.stringify(targets);
    expect(text).not.toMatch(/Sample|Beispiel|Media|media@|presse@|0100/);
    if (row.above.length > 0) expect(targets).toMatchObject([{ name: 'Jane Example', address: ['Ministry of Justice', '1 Example Street', 'Capital City, Ruritania'] }]);
  });

  it("a ministry's press office is no sender's contact", () => {
    expect(isPressContact('Contact: Press Office of the Ministry of Justice, Phone: +1 212 555 0199')).toBe(false);
    expect(isPressContact('Contact: Mary Sample, Media Coordinator, Phone: +1 212 555 0100')).toBe(true);
  });
});
