// Colour for everything socklab prints: on for a terminal, off for NO_COLOR, --no-color,
// TERM=dumb, CI, or output that is not a TTY (picocolors alone would turn it on under CI).
// Decided when colour is first used, not at load: asking whether stdout is a terminal makes
// process.stdout (on a terminal that loads tty, net and stream), which `socklab run` of a program
// that prints nothing never needs. picocolors itself reads `process.stdout.isTTY` at load, so it
// is loaded then too.
import { createRequire } from 'node:module';
import type pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

/** What the environment and the command line decide, without looking at a stream; undefined: the stream decides. */
export function colorDecided(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): boolean | undefined {
  if (env.NO_COLOR || argv.includes('--no-color') || env.TERM === 'dumb' || env.CI) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return undefined;
}

/** On, off, or undefined: as process.stdout is a terminal or not, looked at by the first colors(). */
let _enabled: boolean | undefined = colorDecided();
let _colors: Colors | undefined;

/** Colour on or off; undefined: as process.stdout is a terminal or not (decided on first use). */
export function setColor(enabled: boolean | undefined): void {
  _enabled = enabled;
  _colors = undefined;
}

/**
 * The package, loaded by the first colors(). In the bundle esbuild turns the require() into the
 * bundled package's init; under vitest or tsx (ES modules, no require) node loads it itself.
 */
function _picocolors(): typeof pc {
  return (typeof require === 'function' ? require('picocolors') : createRequire(import.meta.url)('picocolors')) as typeof pc;
}

/** The current colour functions (identity functions when colour is off). */
export function colors(): Colors {
  if (_colors) return _colors;
  let package_: typeof pc;
  try {
    package_ = _picocolors();
  } catch {
    // Out of file descriptors (EMFILE) where the package is a file to read (vitest, tsx): plain
    // text this time, and the package is asked for again at the next colors().
    return _PLAIN;
  }
  _colors = package_.createColors(_enabled ?? process.stdout.isTTY === true);
  return _colors;
}

/** Every colour function as the identity, as picocolors' createColors(false) gives them. */
const _PLAIN = new Proxy({} as Colors, {
  get: (_target, name) => (name === 'isColorSupported' ? false : (text: unknown) => String(text)),
});
