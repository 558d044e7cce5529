// The action log's pure side: the record, its line format, totals and the report text.
// File reading and appending live in src/write/action-log.ts (appending) and src/read/action-log.ts (reading).
export type { ActionKind, ActionRecord, DamagedLine, ParsedActionLog } from './types.js';
export { ACTION_LOG_VERSION } from './types.js';
export { generatedRecord, sentRecord, serialiseActionRecord, MAX_LINE_BYTES, MAX_TARGETS } from './record.js';
export { parseActionLog, parseActionLine, isCaseId } from './parse-log.js';
export { actionTotals, type CaseTotals, type ChannelTotals } from './totals.js';
export { formatReport, reportJson, alignTable, type ReportJson, type ReportLinks } from './report-text.js';
