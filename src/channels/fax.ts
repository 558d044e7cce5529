// Fax: the postal letter, word for word, to the official's fax number. The letter's parts are
// rendered once (job.letterBody is shared); only the channel and the number differ.
import type { RenderJob } from './context.js';
import { renderLetter } from './letter.js';
import type { FaxDocument } from './types.js';

export function renderFax(job: RenderJob): FaxDocument {
  const letter = renderLetter(job);
  return {
    caseId: letter.caseId,
    targetId: letter.targetId,
    lang: letter.lang,
    signer: letter.signer,
    channel: 'fax',
    fax: job.target.view.fax ?? '',
    senderLines: letter.senderLines,
    date: letter.date,
    recipientLines: letter.recipientLines,
    abroad: letter.abroad,
    body: letter.body,
    richBody: letter.richBody,
    text: letter.text,
  };
}

/** "Fax to +58 … — Name — 1 page — from Signer": the first line of every fax. */
export function faxCoverLine(doc: Pick<FaxDocument, 'fax' | 'recipientLines' | 'targetId' | 'signer'>, pages?: number): string {
  const official = doc.recipientLines[0] ?? doc.targetId;
  const count = pages === undefined ? [] : [`${pages} page${pages === 1 ? '' : 's'}`];
  return [`Fax to ${doc.fax}`, official, ...count, `from ${doc.signer.name}`].join(' — ');
}
