/// <reference lib="dom" />
// (The DOM types are for the callbacks of page.evaluate(), which run in the page; the build of src/ has none.)
// The action page in a real browser (Chromium through playwright-core): loaded from a file URL
// with every request recorded and blocked, its action links read back, screenshots at desktop
// and phone widths, printed to PDF and read back with pdftotext, and checked with axe-core.
// Screenshots and PDFs are kept in the folder printed at the start (UA_LETTER_SCREENSHOTS sets it).
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/types.js';
import { containsRect, LETTER_LAYOUTS, windowOnLetter, type Paper } from '../../src/write/pdf/layout.js';
import { fixedSigner, fixedToday, twoOfficials } from '../fixtures/render-cases/two-officials.js';
import { actionPageFor, withArabicLetter } from '../helpers/action-page.js';
import { launchChromium } from '../helpers/browser.js';
import { exampleCase, runCli, tempDir } from '../helpers/cli.js';
import { boxOfLines, pdfWords } from '../helpers/pdf-words.js';
import { popplerMissing } from '../unit/write/pdf/poppler.js';

const launch = await launchChromium();
if (launch.skip !== undefined) console.warn(`browser tests skipped: ${launch.skip}`);
const browser = launch.browser;
const outDir = process.env.UA_LETTER_SCREENSHOTS ?? tempDir('ua-browser-');

interface TestPage {
  name: string;
  file: string;
  paper: Paper;
  /** Officials with a letter, in page order: their first recipient line. */
  letters: number;
}

const pages: Record<'venezuela' | 'ruritania' | 'arabic' | 'index', TestPage> = {
  // The acceptance run: written by the built binary, exactly as a user runs it.
  venezuela: { name: 'venezuela', file: join(outDir, 'cli', 'venezuela-protest-detentions', 'index.html'), paper: 'a4', letters: 2 },
  ruritania: { name: 'ruritania', file: join(outDir, 'ruritania.html'), paper: 'letter', letters: 2 },
  arabic: { name: 'arabic', file: join(outDir, 'arabic.html'), paper: 'a4', letters: 2 },
  // A batch's case index (it prints nothing: no letters on it).
  index: { name: 'index', file: join(outDir, 'batch', 'venezuela-protest-detentions', 'index.html'), paper: 'a4', letters: 0 },
};

async function writePages(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const date = ['--date', '2024-09-01', '--no-log', '--force'];
  const single = await runCli(['generate', exampleCase, '--format', 'html', '--name', 'Ada', '--city', 'Leeds', '--country', 'United Kingdom', '--paper', 'a4', '--out', join(outDir, 'cli'), ...date]);
  if (single.code !== 0) throw new Error(single.stderr);
  const signers = join(outDir, 'signers.csv');
  writeFileSync(signers, 'name,city,country\nAda Lovelace,Leeds,United Kingdom\nBéatrice Ngo,Lyon,France\n');
  const batch = await runCli(['generate', exampleCase, '--format', 'html', '--signers', signers, '--out', join(outDir, 'batch'), ...date]);
  if (batch.code !== 0) throw new Error(batch.stderr);
  writeFileSync(pages.ruritania.file, await actionPageFor(withFax(twoOfficials), { signer: fixedSigner, today: fixedToday, paper: 'letter' }));
  // Right to left: the built-in Arabic templates, and an Arabic letter of the test's own.
  writeFileSync(pages.arabic.file, await actionPageFor(withArabicLetter(twoOfficials), { signer: fixedSigner, today: fixedToday, lang: 'ar', paper: 'a4' }));
}

function withFax(c: Case): Case {
  return { ...c, targets: c.targets.map((t, i) => (i === 1 ? { ...t, fax: '+32 2 000 00 01' } : t)) };
}

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, besides loading its own file. */
  requests: string[];
}

/** Opens a page from its file URL; any other request is recorded and blocked. */
async function open(file: string, viewport = { width: 1280, height: 900 }, options: { javaScriptEnabled?: boolean } = {}): Promise<Opened> {
  if (!browser) throw new Error('no browser');
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport, ...options });
  const requests: string[] = [];
  context.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, requests };
}

async function withPage<T>(file: string, fn: (o: Opened) => Promise<T>, viewport?: { width: number; height: number }, options?: { javaScriptEnabled?: boolean }): Promise<T> {
  const opened = await open(file, viewport, options);
  try {
    return await fn(opened);
  } finally {
    await opened.context.close();
  }
}

/** One tab per test page, shared by the tests (a page load costs more than most checks). */
const opened = new Map<keyof typeof pages, Opened>();
const tab = (name: keyof typeof pages): Page => {
  const o = opened.get(name);
  if (!o) throw new Error(`${name} is not open`);
  return o.page;
};
const NAMES = Object.keys(pages) as Array<keyof typeof pages>;

describe.skipIf(!browser)('the action page in Chromium', () => {
  beforeAll(async () => {
    await writePages();
    console.info(`action page screenshots and PDFs: ${outDir}`);
    for (const name of NAMES) opened.set(name, await open(pages[name].file));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('records a request the page makes (the harness can see one)', async () => {
    const control = join(outDir, 'control.html');
    writeFileSync(control, '<!doctype html><title>control</title><img src="https://example.org/pixel.png" alt="">');
    const requests = await withPage(control, async ({ page, requests }) => {
      await page.waitForLoadState('networkidle');
      return requests;
    });
    expect(requests).toEqual(['https://example.org/pixel.png']);
  });

  for (const name of ['venezuela', 'ruritania', 'arabic', 'index'] as const) {
    it(`${name}: loads from a file URL without a single request, and its copy buttons work under its own CSP`, async () => {
      await withPage(pages[name].file, async ({ page, requests }) => {
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        await page.reload({ waitUntil: 'networkidle' });
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        // The script that shows the copy buttons ran: the CSP hash matches it.
        const copy = page.locator('button[data-copy]');
        await expect(copy.count()).resolves.toBe({ venezuela: 2, ruritania: 4, arabic: 4, index: 0 }[name]);
        for (const button of await copy.all()) await expect(button.isVisible()).resolves.toBe(true);
      });
    });
  }

  it('venezuela: Send links open the official address and subject in the mail program, Gmail and Outlook', async () => {
    {
      const page = tab('venezuela');
      const emails = await page.locator('.channel:has(h3:text-is("Email"))').evaluateAll((els) =>
        els.map((el) => ({
          to: el.querySelector('dd')?.textContent ?? '',
          subject: el.querySelectorAll('dd')[el.querySelectorAll('dd').length - 1]?.textContent ?? '',
          links: [...el.querySelectorAll('a.button')].map((a) => (a as HTMLAnchorElement).href),
        })),
      );
      expect(emails.map((e) => e.to)).toEqual(['ministeriopublico@mp.gob.ve', 'misionvene@venezuelaonu.gob.ve']);
      for (const email of emails) {
        const [mailto, gmail, outlook] = email.links.map((l) => new URL(l));
        expect(mailto?.protocol).toBe('mailto:');
        expect(decodeURIComponent(mailto?.pathname ?? '')).toBe(email.to);
        expect(mailto?.searchParams.get('subject')).toBe(email.subject);
        expect(gmail?.origin + (gmail?.pathname ?? '')).toBe('https://mail.google.com/mail/');
        expect(Object.fromEntries(gmail?.searchParams ?? [])).toEqual({ view: 'cm', fs: '1', to: email.to, su: email.subject });
        expect(outlook?.origin + (outlook?.pathname ?? '')).toBe('https://outlook.office.com/mail/deeplink/compose');
        expect(Object.fromEntries(outlook?.searchParams ?? [])).toEqual({ to: email.to, subject: email.subject });
      }
    }
  });

  it('ruritania: every action link targets the official, and carries the text shown on the page', async () => {
    {
      const page = tab('ruritania');
      const links = await page.locator('a.button').evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? '', href: (a as HTMLAnchorElement).href })));
      const shown = async (id: string) => (await page.locator(`#${id}`).textContent()) ?? '';
      const byText = (start: string) => links.filter((l) => l.text.startsWith(start)).map((l) => new URL(l.href));
      const [mailProsecutor, mailAmbassador] = byText('Send with your mail program');
      expect(decodeURIComponent(mailProsecutor?.pathname ?? '')).toBe('kancelaria@prokuratura.example');
      expect(decodeURIComponent(mailAmbassador?.pathname ?? '')).toBe('embassy@ruritania.example,consul@ruritania.example');
      expect(mailProsecutor?.searchParams.get('bcc')).toBe('actions@example.org');
      // This email is short enough to travel whole in its links (the Venezuelan one is not).
      expect(mailProsecutor?.searchParams.get('body')?.replace(/\r\n/g, '\n').trimEnd()).toBe(await shown('prosecutor-general-email'));
      const [gmail] = byText('Send with Gmail');
      expect(gmail?.searchParams.get('to')).toBe('kancelaria@prokuratura.example');
      const posts = byText('Post on X');
      expect(posts.map((u) => u.origin + u.pathname)).toEqual(['https://twitter.com/intent/tweet', 'https://twitter.com/intent/tweet']);
      expect(posts[0]?.searchParams.get('text')).toBe(await shown('prosecutor-general-post'));
      expect(posts[1]?.searchParams.get('text')).toBe(await shown('ambassador-post'));
      expect(byText('Call').map((u) => u.href)).toEqual(['tel:+99220000000']);
      expect(byText('Report your actions').map((u) => u.href)).toEqual(['https://example.org/report']);
      expect(gmail?.searchParams.get('body')?.trimEnd()).toBe(await shown('prosecutor-general-email'));
      await expect(page.locator('text=Fax number').textContent()).resolves.toContain('+32 2 000 00 01');
    }
  });

  it("index: each link opens a signer's page of the batch", async () => {
    const links = await tab('index').locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((l) => relative(dirname(pages.index.file), fileURLToPath(l)))).toEqual(['ada-lovelace/index.html', 'beatrice-ngo/index.html']);
    for (const link of links) expect(readFileSync(fileURLToPath(link), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('reads without scripts: every link is there and the copy buttons stay hidden', async () => {
    await withPage(
      pages.ruritania.file,
      async ({ page }) => {
        await expect(page.locator('a.button').count()).resolves.toBe(10);
        await expect(page.locator('button[data-copy]:visible').count()).resolves.toBe(0);
      },
      undefined,
      { javaScriptEnabled: false },
    );
  });

  it('has headings in order, from one h1', async () => {
    for (const name of NAMES) {
      const levels = await tab(name).locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `heading ${i + 1} of ${name}`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
      });
    }
  });

  const widths = [
    { name: 'desktop', width: 1280 },
    { name: 'desktop at 200% zoom', width: 640 },
    { name: 'phone', width: 375 },
    { name: 'phone at 200% zoom', width: 320 },
  ];
  for (const { name, width } of widths) {
    it(`fits a ${name} width (${width} CSS px) without sideways scrolling; screenshot kept`, async () => {
      for (const name of NAMES) {
        const page = tab(name);
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        const shot = join(outDir, `${name}-${width}.png`);
        await page.screenshot({ path: shot, fullPage: width >= 1000 });
        expect(statSync(shot).size).toBeGreaterThan(10_000);
      }
    });
  }

  for (const name of ['venezuela', 'ruritania', 'arabic'] as const) {
    it.skipIf(popplerMissing)(`${name}: prints the letters only, one a page, the address inside the envelope window`, async () => {
      const p = pages[name];
      const pdf = join(outDir, `${name}.pdf`);
      const page = tab(name);
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      const recipients = await page.locator('.recipient').evaluateAll((els) => els.map((el) => [...el.children].map((c) => c.textContent ?? '')));
      const printed = pdfWords(pdf);
      expect(printed).toHaveLength(p.letters);
      const layout = LETTER_LAYOUTS[p.paper];
      // The PDF's own rule (test/unit/pdf/layout.test.ts): A4 in every position the folded letter
      // can take in a DL envelope, US Letter resting at the bottom of a #10.
      const window = windowOnLetter(layout, p.paper === 'a4' ? 'any' : 'resting');
      printed.forEach((pdfPage, i) => {
        expect(pdfPage.width).toBeCloseTo(layout.page.width, 0);
        expect(pdfPage.height).toBeCloseTo(layout.page.height, 0);
        const box = boxOfLines(pdfPage, recipients[i] ?? []);
        expect(box, `page ${i + 1}: the recipient's lines`).toBeDefined();
        expect(containsRect(window, box!), `page ${i + 1}: ${JSON.stringify(box)} inside ${JSON.stringify(window)}`).toBe(true);
        expect(pdfPage.text).not.toMatch(/Send with|Deadline|Post on X|Background/);
      });
    });
  }

  it('venezuela: each printed page holds its own letter, from the salutation to the signature', async () => {
    if (popplerMissing) return;
    const texts = pdfWords(join(outDir, 'venezuela.pdf')).map((p) => p.text);
    expect(texts[0]).toMatch(/Tarek William Saab[\s\S]*Dear Attorney General,[\s\S]*Ada$/);
    expect(texts[1]).toMatch(/Héctor Constant Rosales[\s\S]*Dear Permanent Representative,[\s\S]*Ada$/);
  });

  for (const width of [1280, 375]) {
    it(`passes axe-core with no serious or critical violation at ${width} px`, async () => {
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      for (const name of NAMES) {
        const page = tab(name);
        await page.setViewportSize({ width, height: 900 });
        // Evaluated through the DevTools protocol: the page's CSP would refuse an injected script tag.
        if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }),
        )) as { violations: Array<{ id: string; impact: string; nodes: unknown[] }> };
        const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
        expect(serious, name).toEqual([]);
      }
    });
  }

  it('made no request from any page through all of the above', () => {
    expect(NAMES.flatMap((name) => opened.get(name)?.requests ?? [])).toEqual([]);
  });
});

// Only where Chromium cannot run: one skipped test whose title says why (CI's summary prints it).
if (launch.skip !== undefined) {
  describe('the action page in Chromium', () => {
    it.skip(`is not tested in a browser: ${launch.skip}`, () => {});
  });
}
