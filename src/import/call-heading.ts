// The heading of a call-in page's list of officials to phone ("Make Calls to:", "Who to Call:", "Call
// these offices:"): a heading over the list, never an official, a salutation or an address line. Its
// own module, with no imports of the readers, so that the page's furniture and the call-in reader
// (call-in.ts) share it.
import { fold } from './fold.js';

const CALL_HEADING = /^(?:please\s+)?(?:(?:make|place)\s+(?:your\s+)?(?:phone\s+)?calls?\s+(?:to|now)|who\s+to\s+(?:call|phone)|(?:call|phone)\s+(?:these|the following|those)(?:\s+(?:offices|officials|numbers|people|lines|targets|decision[- ]makers))?|(?:numbers|offices|officials|people|targets)\s+to\s+(?:call|phone)|call[- ]in\s+(?:list|targets|numbers)|calls?\s+to\s+make)\s*[:!]?$/;

// Every such heading says "call" or "phone": a line without either is not folded to be asked.
export const isCallHeading = (line: string): boolean => line.length <= 60 && /call|phone/i.test(line) && CALL_HEADING.test(fold(line.trim()).replace(/\s+/g, ' '));
