// The user's config directory, where the lessons' progress and the REPL's remembered language
// live. Its own file so that src/start.ts (which runs before the bundle) can find the language.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** $SOCKLAB_CONFIG_DIR, else $XDG_CONFIG_HOME/socklab, else ~/.config/socklab. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SOCKLAB_CONFIG_DIR) return env.SOCKLAB_CONFIG_DIR;
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'socklab');
}
