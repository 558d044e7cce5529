import envPaths from 'env-paths';
import { resolve } from 'node:path';

export const ACTION_LOG_FILE = 'actions.jsonl';

/**
 * Where the action log lives: `$UA_LETTER_DATA_DIR` when set (tests, portable installs; a relative
 * one is taken from `cwd`), else the user's data folder — `$XDG_DATA_HOME/ua-letter` or
 * `~/.local/share/ua-letter` on Linux, `~/Library/Application Support/ua-letter` on macOS,
 * `%LOCALAPPDATA%\ua-letter\Data` on Windows. env-paths reads `process.env` itself; in the binary
 * that is the same object as `ctx.env`.
 */
export function actionLogPath(env: NodeJS.ProcessEnv, cwd?: string): string {
  const override = env.UA_LETTER_DATA_DIR;
  const dir = override !== undefined && override !== '' ? resolve(cwd ?? '', override) : envPaths('ua-letter', { suffix: '' }).data;
  return resolve(dir, ACTION_LOG_FILE);
}
