// Appeals that organisations other than Amnesty publish (writers' centres, networks against torture,
// human rights commissions, unions, solidarity groups, scholars' journals): their headings, their
// lists of officials and the lines around them, each read as the kind of line it is.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isContactHeading, isHeading } from '../../../src/import/furniture.js';
import { notOfficialsLineKind } from '../../../src/import/not-the-officials-lines.js';
import { draftTargets } from './helpers.js';

const targetsOf = (text: string) => draftTargets(importDocument(text, { source: 'p.txt' }).caseText);
/** A target's emails: the draft writes one as a string, several as a list. */
const emailsOf = (t: Record<string, unknown> | undefined): unknown[] => [t?.email ?? []].flat();

describe('their headings', () => {
  it.each(['APPEALS TO:', 'Appeals to', 'PLEASE SEND YOUR LETTERS TO:', 'Please send appeals to:', 'Send your messages to:', 'Addresses:', 'Appeals should be addressed to:'])('"%s" opens the list of officials', (line) => {
    expect(isContactHeading(line)).toBe(true);
    expect(isHeading(line)).toBe(true);
  });
  it.each(['SUGGESTED ACTION:', 'Actions requested:', 'Requested action', 'CASE NARRATIVE:', 'Case details:', 'Description of the situation:', 'ISSUES:'])('"%s" is a heading, and opens no list', (line) => {
    expect(isHeading(line)).toBe(true);
    expect(isContactHeading(line)).toBe(false);
  });
  it.each(['Addresses of the detention centres are not known.', 'Appeals to the court were rejected in May.', 'Issues: torture; police violence'])('"%s" is no heading', (line) => {
    expect(isHeading(line)).toBe(false);
  });
});

describe("an appeal's thanks to its readers", () => {
  it.each([['Thank you.', 'thanks'], ['Many thanks for your action!', 'thanks'], ['Thank you: ua@example.org', undefined], ['Thandeka Example', undefined]] as const)('"%s" → %s', (line, kind) => {
    expect(notOfficialsLineKind(line)).toBe(kind);
  });
});

const OFFICIALS_AFTER_LETTER = (blank: string) => `EXAMPLELAND: Farmer beaten in police custody

The farmer Jon Example was beaten at a police station for two days in March 2031.

SUGGESTED ACTION:
Please write to the authorities listed below.

SAMPLE LETTER:

${blank}

EXAMPLELAND: Farmer beaten in police custody

Name of victim: Jon Example, aged 40, farmer
Alleged perpetrators: officers of the district police

I am writing to voice my concern at the beating of Mr. Jon Example, held for two days without charge.

Yours sincerely,

PLEASE SEND YOUR LETTERS TO:

1. Mr. Ari Example
Prime Minister
12 Example Road, Example City
Fax: +99 2 555 0134

2. Ms. Bea Sample
Inspector General of Police
4 Sample Street, Example City
E-mail: igp@police.example.org

Thank you.

Urgent Appeals Desk
Example Rights Commission (desk@example.org)
`;

describe('a sample letter with a blank greeting, and the officials under it', () => {
  it.each(['Dear ___________,', 'Dear [name],', 'Dear …,'])('%s: the officials are read, none is greeted by the blank, the desk is none of theirs', (blank) => {
    const text = OFFICIALS_AFTER_LETTER(blank);
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.name, t.salutation])).toEqual([['Ari Example', undefined], ['Bea Sample', undefined]]);
    expect(emailsOf(targets[1])).toEqual(['igp@police.example.org']);
    expect(JSON.stringify(targets)).not.toMatch(/Thank you|Appeals Desk|desk@example/);
    // The letter runs past the case's labelled lines to its closing.
    expect(importDocument(text, { source: 'p.txt' }).caseText).toContain('voice my concern at the beating');
  });
});

describe('several officials run onto one line, each with his fields inline', () => {
  const line = 'Please send courteous letters to: His Excellency Ari Example, President of Exampleland, 1 Liberty Avenue, Example City, Fax: +99 6 555 0101, Salutation: Your Excellency; Mr. Ben Sample, Minister of Justice, 5 Court Street, Example City, Email: minjust@example.org, Salutation: Dear Minister; Ms. Cleo Instance, Prosecutor General, 66 Law Street, Example City, Fax: +99 6 555 0166, Salutation: Dear Prosecutor General. Members are asked to send copies of their letters to the committee. 24 BULLETIN OF THE EXAMPLE SOCIETY';
  it('reads each official with his own fields, the semicolon and the full stop ending each greeting, and the page text after it none of theirs', () => {
    const targets = targetsOf(`${line}\n`);
    expect(targets.map((t) => [t.name, t.salutation])).toEqual([['Ari Example', 'Your Excellency'], ['Ben Sample', 'Dear Minister'], ['Cleo Instance', 'Dear Prosecutor General']]);
    expect(JSON.stringify(targets)).not.toMatch(/Members are asked|BULLETIN/);
  });
});

describe('bulleted records of one official each, comma-parted, one label at the end', () => {
  it('gives each record its own official and its own number or email', () => {
    const targets = targetsOf(`Addresses:
· Mr. Ari Example, President of Exampleland, 1 Liberty Avenue, Example City, Fax: +99 3 555 0200, Email: president@example.org
· Ms. Bea Sample, Minister of Justice, 8 Court Street, Example City, Fax: +99 3 555 0210
· Mr. Cy Instance, Prosecutor General, 14 Law Avenue, Example City, Email: pg@example.org
`);
    expect(targets.map((t) => [t.name, t.fax ?? null, emailsOf(t)])).toEqual([
      ['Ari Example', '+99 3 555 0200', ['president@example.org']],
      ['Bea Sample', '+99 3 555 0210', []],
      ['Cy Instance', null, ['pg@example.org']],
    ]);
  });
});

describe('a request for a copy printed right above the institution it names', () => {
  it('makes that block a copy, and leaves the official above it written to', () => {
    const targets = targetsOf(`EXAMPLELAND: dock workers' leaders jailed

Please adapt the model letter below and send it to the President of Exampleland,

H.E. Mr Ari Example
President of the Republic of Exampleland
State House, Example City
Fax: +99 211 555 011

with a copy to the High Commission in your country:

Ms Bea Sample
Acting High Commissioner
High Commission of Exampleland
40 Example Crescent
Yarralumla ACT 2600
Fax: (02) 6255 0199

Your Excellency,

I protest the jailing of twelve leaders of the dock workers' union, who did no more than organise a lawful strike.

Yours sincerely,
`);
    expect(targets.map((t) => [t.name, t.copy === true])).toEqual([['Ari Example', false], ['Bea Sample', true]]);
  });
});

describe("a solidarity group's numbered calls", () => {
  it('reads the officials it names, never the readers\' own representatives, and the "cc:" line as a copy', () => {
    const targets = targetsOf(`Action Alert

What you can do:

1. Write to the President of Exampleland and ask for the release of Father Example:
President Ari Example
Palacio Nacional
1 Example Avenue, Example City
Fax: +99 2555 0100

2. Call your Senators and your Representative and ask them to raise the case.

3. Write to your MP and ask them to contact the Foreign Office.

cc: Mr. Ben Sample, Ambassador of the United States, 7 Reforma Avenue, Example City
`);
    expect(targets.map((t) => [t.name, t.copy === true])).toEqual([['Ari Example', false], ['Ben Sample', true]]);
    expect(JSON.stringify(targets)).not.toMatch(/Senator|Representative|your MP|Foreign Office/);
  });
});

describe('a page cut off before its sample letter', () => {
  const text = `EXAMPLELAND: Farmer beaten in police custody
---------------------------------------------
ISSUES: Torture; police violence
---------------------------------------------

Dear friends,

The commission has received information that the farmer Jon Example was beaten at a police station for two days.

SUGGESTED ACTION:

Please write to the authorities listed below, asking them to order an inquiry into the beating of Mr. Example and to suspend the officers involved.
`;
  it('reads no letter from the instructions under "SUGGESTED ACTION:", and the summary is the story, not the rule or the greeting of the readers', () => {
    const result = importDocument(text, { source: 'p.txt' });
    expect(result.findings.letter.found).toBe(false);
    expect(result.findings.summary.found && result.findings.summary.value).toMatch(/^The commission has received information/);
  });
});
