// Phone script: greet, say who and where from, the ask in a few sentences, thank.
import { contextFor, tidyText, type RenderJob } from './context.js';
import type { CallDocument } from './types.js';

export function renderCall(job: RenderJob): CallDocument {
  const phone = job.target.view.phone;
  if (phone === null) throw new Error(`renderCall: ${job.target.view.id} has no phone number`);
  const text = tidyText(job.templates.render(job.lang, 'call', contextFor(job, 'call'), job.data));
  // Property by property, not a spread: see context.ts.
  return { caseId: job.caseId, targetId: job.target.view.id, lang: job.lang, signer: job.signer, channel: 'call', phone, text };
}
