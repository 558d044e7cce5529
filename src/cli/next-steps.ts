// "What next" at the end of a run in a terminal: per channel made, what a person does with the
// files (print and post, open the drafts or the web-mail links, post, call), then how to record
// it. Pure text, so that it is tested without a terminal.
import { CHANNELS, type Channel } from '../channels/types.js';
import type { DocumentCount } from '../generate/types.js';

export interface NextStepsInput {
  counts: readonly DocumentCount[];
  /** The output folder as given. */
  out: string;
  /** Letters as a combined PDF (--format pdf), and whether action pages were written. */
  pdf: boolean;
  html: boolean;
}

const STEPS: Record<Channel, (input: NextStepsInput, folder: string) => string> = {
  letter: (i, folder) =>
    `Letters: print ${i.pdf ? `${folder}/letters.pdf` : `the .letter files in ${folder}/`}, sign each by hand under the closing, put it in a window envelope, stamp it for the destination and post it (abroad, allow a week).`,
  email: (_i, folder) =>
    `Emails: open each .email.eml in ${folder}/ with your mail program (it opens as a draft with a Send button), or, writing from a browser, click the Gmail or Outlook link at the end of its .email.txt; check it and send it.`,
  fax: (i, folder) => `Faxes: send ${i.pdf ? `the fax pages of ${folder}/letters.pdf` : `each .fax.pdf in ${folder}/`} from a fax service or printer to the number on the first line.`,
  tweet: (_i, folder) => `Posts: open the link in each .tweet.txt in ${folder}/ while logged in to X, check the post and publish it.`,
  call: (_i, folder) => `Calls: call the number at the top of each .call.txt in ${folder}/ in the official's office hours (mind the time zone), read the script calmly and note what you were told.`,
};

/** The lines to print, one per channel made, then the page and how to record what was sent. */
export function nextSteps(input: NextStepsInput): string[] {
  const caseIds = [...new Set(input.counts.map((c) => c.case))];
  if (caseIds.length === 0) return [];
  const folder = caseIds.length === 1 ? `${input.out}/${caseIds[0]}` : `${input.out}/<case>`;
  const made = new Set(input.counts.filter((c) => c.count > 0).map((c) => c.channel));
  const lines = ['What next:'];
  if (input.html) lines.push(`  Open ${folder}/index.html in your browser: every action on one page, with its buttons.`);
  for (const channel of CHANNELS) if (made.has(channel)) lines.push(`  ${STEPS[channel](input, folder)}`);
  const channels = CHANNELS.filter((ch) => made.has(ch)).join(',');
  lines.push(`  Then record what you really sent, e.g. "ua-letter sent ${caseIds[0]} --channel ${channels} --count 1", and "ua-letter report" gives the totals to pass on.`);
  return lines;
}
