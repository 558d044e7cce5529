// `generate()` for Node scripts: the CLI's pipeline with quiet defaults. It prints nothing (people's
// messages are returned as `warnings`), never exits the process, and throws the project's typed
// errors (CaseError/InputErrors for bad input, UsageError, RuntimeError…).
import { runGenerate } from './generate.js';
import type { GenerateOptions, GenerateSummary, GeneratedDocument } from './types.js';
import type { DocumentRecord } from '../write/json-lines.js';

export async function generate(options: GenerateOptions): Promise<GenerateSummary> {
  if (options.stdout === true) {
    // Printing is the CLI's job; a script gets the files and their records.
    throw new TypeError('generate(): stdout is not available in the library; leave it unset and read the files');
  }
  const warnings: string[] = [];
  const documents: GeneratedDocument[] = [];
  const summary = await runGenerate(options, {
    cwd: options.cwd ?? process.cwd(),
    env: process.env,
    // Touched only for a case given as '-'.
    get stdin() {
      return process.stdin;
    },
    // Never written to: stdout is refused above, and records go to onRecord.
    stdout: process.stdout,
    now: () => new Date(),
    signal: options.signal,
    info: () => {},
    warn: (message) => warnings.push(message),
    onRecord: (record) => documents.push(fromRecord(record)),
  });
  return { ...summary, documents, warnings: [...warnings, ...summary.warnings] };
}

function fromRecord(r: DocumentRecord): GeneratedDocument {
  return {
    case: r.case,
    target: r.target,
    channel: r.channel,
    lang: r.lang,
    signer: r.signer,
    ...(r.path !== null && { path: r.path }),
    paths: r.paths,
    bytes: r.bytes ?? 0,
    status: r.status ?? 'printed',
  };
}
