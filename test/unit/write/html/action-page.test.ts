import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src/case/types.js';
import { createTemplateSet } from '../../../../src/render/template-set.js';
import { builtinTemplateDir } from '../../../../src/read/template-files.js';
import { renderActionPage } from '../../../../src/write/html/action-page.js';
import { fixedSigner, fixedToday, twoOfficials } from '../../../fixtures/render-cases/two-officials.js';
import { actionPageFor, readCase, withArabicLetter } from '../../../helpers/action-page.js';
import { exampleCase } from '../../../helpers/cli.js';

/** The text of every element matching a simple `<tag …>…</tag>` pattern, tags inside stripped. */
const texts = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
const decode = (s: string) => s.replace(/&#x3D;/g, '=').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the action page', () => {
  it('prints a case or signer field holding markup as text, never as markup', async () => {
    const hostile: Case = {
      ...twoOfficials,
      title: '<script>alert("title")</script>',
      subjects: [{ name: '<img src=x onerror=alert(1)>' }],
      sections: twoOfficials.sections.map((s) => (s.name === 'Letter' && !s.lang ? { ...s, markdown: `${s.markdown}\n\nA line with \`<script>alert("letter")</script>\` in it.` } : s)),
    };
    const html = await actionPageFor(hostile, { signer: { ...fixedSigner, name: 'Ann "</title><script>alert(2)</script>' }, today: fixedToday });
    // Only the page's own script element; everything else shows as escaped text.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).toContain('<h1>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</h1>');
    expect(html).toContain('<li>&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</li>');
    expect(html).toContain('&lt;script&gt;alert(&quot;letter&quot;)&lt;/script&gt;');
    expect(html).toContain('Ann &quot;&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it("shows the letter's emphasis as a PDF does, its text still escaped", async () => {
    const styled: Case = {
      ...twoOfficials,
      sections: twoOfficials.sections.map((s) => (s.name === 'Letter' && !s.lang ? { ...s, markdown: `${s.markdown}\n\nFree **<i>all</i> seven** now.` } : s)),
    };
    const html = await actionPageFor(styled, { signer: fixedSigner, today: fixedToday });
    expect(html).toContain('<p dir="auto">Reporting on a protest is <em>not</em> a crime.');
    expect(html).toContain('<p dir="auto">Free <strong>&lt;i&gt;all&lt;/i&gt; seven</strong> now.</p>');
    expect(html).not.toMatch(/[\uE001-\uE004]/);
  });

  it('loads nothing: no external resource, and a Content-Security-Policy that allows only its own script', async () => {
    const html = await actionPageFor(twoOfficials, { signer: fixedSigner, today: fixedToday });
    expect(html).not.toMatch(/\ssrc=|<link|<img|<iframe|url\(|@import/i);
    const csp = decode(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '');
    expect(csp).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[^']+'; form-action 'none'; base-uri 'none'$/);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  });

  it('gives every official its letter, Send links, post, call script and fax number', async () => {
    const withFax: Case = { ...twoOfficials, targets: twoOfficials.targets.map((t, i) => (i === 1 ? { ...t, fax: '+32 2 000 00 01' } : t)) };
    const html = await actionPageFor(withFax, { signer: fixedSigner, today: fixedToday });
    expect(texts(html, /<h2 id="[^"]+-heading" class="no-print">([\s\S]*?)<\/h2>/g)).toEqual([
      'Mr Zbigniew Łukaszewicz Prosecutor General, Prokuratura Generalna',
      'His Excellency Şükrü Öztürk Ambassador of Ruritania',
    ]);
    expect(texts(html, /<h3[^>]*>([^<]*)<\/h3>/g)).toEqual(['Letter', 'Email', 'Post on X', 'Call', 'Letter', 'Email', 'Post on X', 'Fax']);
    const links = hrefs(html);
    expect(links.filter((h) => h.startsWith('mailto:'))).toEqual([
      expect.stringMatching(/^mailto:kancelaria@prokuratura\.example\?bcc=actions@example\.org&subject=/),
      expect.stringMatching(/^mailto:embassy@ruritania\.example,consul@ruritania\.example\?bcc=actions@example\.org&subject=/),
    ]);
    expect(links.filter((h) => h.startsWith('https://mail.google.com/'))).toHaveLength(2);
    expect(links.filter((h) => h.startsWith('https://outlook.office.com/mail/deeplink/compose?'))).toHaveLength(2);
    expect(links.filter((h) => h.startsWith('https://twitter.com/intent/tweet?text='))).toHaveLength(2);
    expect(links.filter((h) => h.startsWith('tel:'))).toEqual(['tel:+99220000000']);
    expect(html).toContain('Fax number: <strong>+32 2 000 00 01</strong>');
    expect(links).toContain('https://example.org/report');
  });

  it('prints a fax as the letter when only the fax was asked for', async () => {
    const withFax: Case = { ...twoOfficials, targets: twoOfficials.targets.map((t, i) => (i === 1 ? { ...t, fax: '+32 2 000 00 01' } : t)) };
    const html = await actionPageFor(withFax, { signer: fixedSigner, today: fixedToday, channels: ['fax'] });
    expect(texts(html, /<h3[^>]*>([^<]*)<\/h3>/g)).toEqual(['Letter', 'Fax']);
    expect(html.match(/<article class="letter"/g)).toHaveLength(1);
    expect(html).toContain('Fax number: <strong>+32 2 000 00 01</strong>. Fax the printed, signed letter.');
  });

  it('opens with an overview whose in-page links all lead somewhere', async () => {
    const html = await actionPageFor(twoOfficials, { signer: fixedSigner, today: fixedToday });
    const overview = /<ul class="overview">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(texts(overview, /<li>([\s\S]*?)<\/li>/g)).toEqual([
      'Mr Zbigniew Łukaszewicz: Letter · Email · Post on X · Call',
      'His Excellency Şükrü Öztürk: Letter · Email · Post on X',
    ]);
    const anchors = hrefs(html).filter((h) => h.startsWith('#'));
    expect(anchors.length).toBeGreaterThan(8);
    for (const anchor of anchors) expect(html.match(new RegExp(` id="${anchor.slice(1)}"`, 'g')), anchor).toHaveLength(1);
  });

  it('sends the whole email in its links when it fits, and asks to paste it when it does not', async () => {
    const short = await actionPageFor(twoOfficials, { signer: fixedSigner, today: fixedToday, lang: 'en' });
    const long = await actionPageFor(readCase(exampleCase), { signer: { name: 'Ada', address: [], city: 'Leeds', country: 'United Kingdom' }, today: '2024-09-01' });
    const bodies = (html: string) => hrefs(html).filter((h) => /^(mailto:|https:\/\/(mail\.google|outlook))/.test(h)).map((h) => h.includes('body='));
    const shortBodies = bodies(short);
    expect(bodies(long)).toEqual([false, false, false, false, false, false]);
    expect(long).toContain('This email is too long to travel in a link');
    // Each official's three links agree, whichever way it goes.
    for (let i = 0; i < shortBodies.length; i += 3) expect(new Set(shortBodies.slice(i, i + 3)).size).toBe(1);
    expect(short.includes('too long to travel in a link')).toBe(shortBodies.includes(false));
  });

  it('shows the deadline, the days left and the channel advice', async () => {
    const cases = [
      { today: '2024-09-01', expected: 'Deadline 1 October 2024: 30 days left', advice: 'There is time for a posted letter' },
      { today: '2024-09-28', expected: 'Deadline 1 October 2024: 3 days left', advice: 'A posted letter may arrive too late' },
      { today: '2024-10-01', expected: 'Deadline 1 October 2024: today is the last day', advice: 'A posted letter may arrive too late' },
    ];
    for (const { today, expected, advice } of cases) {
      const html = await actionPageFor(twoOfficials, { signer: fixedSigner, today });
      expect(texts(html, /<h2 id="deadline-heading">([^<]*)<\/h2>/g)).toEqual([expected]);
      expect(html).toContain(advice);
    }
  });

  it('marks a right-to-left letter with dir="rtl" and its language', async () => {
    const html = await actionPageFor(withArabicLetter(twoOfficials), { signer: fixedSigner, today: fixedToday, lang: 'ar' });
    expect(html.match(/<article class="letter" lang="ar" dir="rtl"/g)).toHaveLength(2);
    expect(html).toMatch(/<div class="text" id="prosecutor-general-email" lang="ar" dir="rtl">/);
    // The page's own words stay English and left to right: there is no Arabic page template.
    expect(html).toMatch(/^[\s\S]*<html lang="en" dir="ltr">/);
  });

  it('places the recipient block where the envelope window is, for the paper asked', async () => {
    const a4 = await actionPageFor(twoOfficials, { signer: fixedSigner, today: fixedToday, paper: 'a4' });
    const letter = await actionPageFor(twoOfficials, { signer: fixedSigner, today: fixedToday, paper: 'letter' });
    expect(a4).toContain('@page { size: A4;');
    expect(letter).toContain('@page { size: letter;');
    expect(a4).toContain('.recipient { position: absolute; left: 0pt; top: 138.05pt; width: 212.6pt; height: 77.39pt; }');
    expect(letter).toContain('.recipient { position: absolute; left: 0pt; top: 112.8pt; width: 234pt; height: 63pt; }');
    expect(a4).toMatch(/\.recipient \{ margin: 0; display: flex; flex-direction: column; justify-content: flex-start;/);
    expect(letter).toMatch(/\.recipient \{ margin: 0; display: flex; flex-direction: column; justify-content: flex-end;/);
    // DIN 5008 form A: everything in the window 18 mm higher.
    const formA = renderActionPage({ case: twoOfficials, signer: fixedSigner, documents: [], today: fixedToday, paper: 'a4', window: 'din-a', templates: createTemplateSet([await builtinTemplateDir()]) });
    expect(formA).toContain('.recipient { position: absolute; left: 0pt; top: 92.69pt;');
  });
});

describe('the case index of a batch', () => {
  it('links every signer page in order, names as text', async () => {
    const { renderCaseIndex } = await import('../../../../src/write/html/action-page.js');
    const templates = createTemplateSet([await builtinTemplateDir()]);
    const html = renderCaseIndex({
      case: twoOfficials,
      today: fixedToday,
      templates,
      pages: [
        { name: 'Ann <b>Bold</b>', href: 'ann-bold/index.html', what: '2 letters, 2 emails' },
        { name: 'Élodie', href: 'elodie/index.html', what: '2 letters' },
      ],
    });
    expect(hrefs(html)).toEqual(['ann-bold/index.html', 'elodie/index.html']);
    expect(texts(html, /<li>([\s\S]*?)<\/li>/g)).toEqual(['Ann &lt;b&gt;Bold&lt;/b&gt; 2 letters, 2 emails', 'Élodie 2 letters']);
    expect(html).toContain('Deadline 1 October 2024: 30 days left.');
    expect(html).not.toMatch(/<script|\ssrc=|url\(/);
  });
});
