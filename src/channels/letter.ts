// Postal letter: sender block, date, recipient block (country line per international post), then
// letter.hbs from the salutation to the signature.
import { isAbroad, recipientLines } from './postal.js';
import { contextFor, tidyRichText, type RenderJob } from './context.js';
import { markNames, stripMarks } from './emphasis.js';
import type { LetterDocument } from './types.js';

/** The letter body with emphasis marks (emphasis.ts) kept; callers strip them for plain text. */
export function renderLetterBody(job: RenderJob): string {
  const trace: number[] = [];
  const text = tidyRichText(job.templates.render(job.lang, 'letter', contextFor(job, 'letter'), { varySeed: job.data.varySeed, varyTrace: trace }));
  job.letterVariation = trace.join('.');
  return text;
}

export function renderLetter(job: RenderJob): LetterDocument {
  const abroad = isAbroad(job.signer.country, job.target.destination);
  const recipient = recipientLines(job.target.head, job.target.destination, abroad, job.signer.lang);
  const marked = job.letterBody();
  const body = stripMarks(marked);
  // The subjects' names in bold too, wherever the letter prints them.
  const rich = markNames(marked, job.names);
  const text = [job.parts.senderLines.join('\n'), job.date, recipient.join('\n'), body].filter((b) => b !== '').join('\n\n');
  // Property by property, not a spread: see context.ts.
  return {
    caseId: job.caseId,
    targetId: job.target.view.id,
    lang: job.lang,
    signer: job.signer,
    channel: 'letter',
    senderLines: job.parts.senderLines,
    date: job.date,
    recipientLines: recipient,
    abroad,
    body,
    richBody: rich === body ? undefined : rich,
    text,
    variation: job.letterVariation,
    identical: undefined,
  };
}
