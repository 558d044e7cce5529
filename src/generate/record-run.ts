// Records a run in the action log (what `report` totals): one line per case that made documents.
import { generatedRecord } from '../actions/index.js';
import type { Case, PlainDate } from '../case/types.js';
import { actionLogPath } from '../read/action-log-path.js';
import { appendActionRecord } from '../write/action-log.js';
import type { RunTally } from './tally.js';
import type { GenerateIo } from './types.js';

export async function recordRun(cases: readonly Case[], tally: RunTally, today: PlainDate, io: GenerateIo): Promise<void> {
  const path = actionLogPath(io.env, io.cwd);
  const counts = tally.counts();
  for (const c of cases) {
    const docs = counts.filter((d) => d.case === c.id).flatMap((d) => Array.from({ length: d.count }, () => ({ targetId: d.target, channel: d.channel })));
    if (docs.length === 0) continue;
    try {
      await appendActionRecord(path, generatedRecord(c.id, today, docs));
    } catch (error) {
      // The letters are written; a log failure must not turn a good run into a failed one.
      io.warn(`could not record this run in ${path}: ${(error as Error).message}`);
    }
  }
}
