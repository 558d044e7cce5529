// Where the sender profile lives; kept apart from reading it so `--help` can show the path
// without loading the YAML parser.
import envPaths from 'env-paths';
import { isAbsolute, join } from 'node:path';

const FILE_NAME = 'profile.yaml';

/**
 * `$UA_LETTER_CONFIG_DIR/profile.yaml` when set (tests, portable installs); otherwise the
 * platform's config folder: `$XDG_CONFIG_HOME/ua-letter` or `~/.config/ua-letter` on Linux,
 * `~/Library/Preferences/ua-letter` on macOS, `%APPDATA%\ua-letter\Config` on Windows.
 */
export function defaultProfilePath(env: NodeJS.ProcessEnv): string {
  if (env.UA_LETTER_CONFIG_DIR) return join(env.UA_LETTER_CONFIG_DIR, FILE_NAME);
  // env-paths reads process.env itself; honour the env we were given where XDG applies.
  const xdg = env.XDG_CONFIG_HOME;
  if (process.platform !== 'darwin' && process.platform !== 'win32' && xdg && isAbsolute(xdg)) {
    return join(xdg, 'ua-letter', FILE_NAME);
  }
  return join(envPaths('ua-letter', { suffix: '' }).config, FILE_NAME);
}

