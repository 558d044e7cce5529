// The thread that reads a big signer list (see signer-list-thread.ts): parse, answer, end.
import { parentPort, workerData } from 'node:worker_threads';
import { parseSignerListWithDirs, toPlain, type SignerListInput } from './signer-list-thread.js';

parentPort?.postMessage(toPlain(await parseSignerListWithDirs(workerData as SignerListInput)));
