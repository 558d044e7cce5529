// Renders action pages in process, the way the HTML sink does: a case, one signer, every document.
import { readFileSync } from 'node:fs';
import { parseCase } from '../../src/case/parse-case.js';
import type { Case } from '../../src/case/types.js';
import { renderDocuments } from '../../src/channels/index.js';
import { loadTweetLength } from '../../src/channels/tweet-length.js';
import type { Channel } from '../../src/channels/types.js';
import { builtinTemplateDir } from '../../src/read/template-files.js';
import type { Paper } from '../../src/write/pdf/layout.js';
import { createTemplateSet, type TemplateSet } from '../../src/render/template-set.js';
import type { Signer } from '../../src/signer/types.js';
import { renderActionPage } from '../../src/write/html/action-page.js';

let templates: Promise<TemplateSet> | undefined;
export const builtinTemplates = () => (templates ??= builtinTemplateDir().then((dir) => createTemplateSet([dir])));

export function readCase(path: string): Case {
  const parsed = parseCase(readFileSync(path, 'utf8'), { file: path });
  if (!parsed.case) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.case;
}

export interface PageOptions {
  signer: Signer;
  today: string;
  lang?: string;
  paper?: Paper;
  channels?: Channel[];
}

export async function actionPageFor(c: Case, options: PageOptions): Promise<string> {
  const set = await builtinTemplates();
  const lang = options.lang ?? 'en';
  const documents = renderDocuments(c, { templates: set, signer: options.signer, today: options.today, lang, tweetLength: await loadTweetLength(), ...(options.channels && { channels: options.channels }) });
  return renderActionPage({ case: c, signer: options.signer, documents, today: options.today, paper: options.paper ?? 'a4', templates: set });
}

/** The case with an Arabic letter of the test's own (a right-to-left page to look at). */
export function withArabicLetter(c: Case): Case {
  const arabic = 'أكتب إليكم بشأن الطلاب السبعة المحتجزين دون تهمة منذ ثلاثة أسابيع.\n\nأطلب منكم الإفراج عنهم فورًا ودون شروط، والسماح لهم برؤية عائلاتهم ومحاميهم.';
  return { ...c, languages: [...c.languages, 'ar'], sections: [...c.sections, { name: 'Letter', lang: 'ar', markdown: arabic, line: 1 }] };
}
