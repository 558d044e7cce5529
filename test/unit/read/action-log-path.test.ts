import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionLogPath } from '../../../src/read/action-log-path.js';

describe('actionLogPath', () => {
  it('puts the log in $UA_LETTER_DATA_DIR when it is set', () => {
    expect(actionLogPath({ UA_LETTER_DATA_DIR: '/data/ua' }, '/home/me')).toBe(resolve('/data/ua/actions.jsonl'));
  });

  it('takes a relative $UA_LETTER_DATA_DIR from the working folder', () => {
    expect(actionLogPath({ UA_LETTER_DATA_DIR: 'state' }, '/home/me')).toBe(resolve('/home/me/state/actions.jsonl'));
  });

  it('falls back to the user data folder of ua-letter without the "-nodejs" suffix', () => {
    const path = actionLogPath({ UA_LETTER_DATA_DIR: '' }, '/home/me');
    expect(path.endsWith(join('ua-letter', 'actions.jsonl')) || path.endsWith(join('ua-letter', 'Data', 'actions.jsonl'))).toBe(true);
  });
});
