// Records a run in the action log (what `report` totals): one line per case, counting only the
// documents this run created on disk. A rerun that keeps every file records nothing; a letter
// rewritten with --force (same signer, same official, same file) is not a second letter; an
// interrupted or failed run records what it had published before it stopped.
import { generatedRecord } from '../actions/index.js';
import type { Case, PlainDate } from '../case/types.js';
import { actionLogPath } from '../read/action-log-path.js';
import { appendActionRecord } from '../write/action-log.js';
import type { PublishedCount } from '../write/published.js';
import type { GenerateIo } from './types.js';

export async function recordRun(cases: readonly Case[], published: readonly PublishedCount[], today: PlainDate, io: GenerateIo): Promise<void> {
  const path = actionLogPath(io.env, io.cwd);
  for (const c of cases) {
    const docs = published.filter((p) => p.case === c.id && p.created > 0).map((p) => ({ targetId: p.target, channel: p.channel, count: p.created }));
    if (docs.length === 0) continue;
    try {
      await appendActionRecord(path, generatedRecord(c.id, today, docs));
    } catch (error) {
      // The letters are written; a log failure must not turn a good run into a failed one.
      io.warn(`could not record this run in ${path}: ${(error as Error).message}`);
    }
  }
}
