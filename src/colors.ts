// Colour for everything socklab prints: on for a terminal, off for NO_COLOR, --no-color,
// TERM=dumb, CI, or output that is not a TTY (picocolors alone would turn it on under CI).
import pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

/** `stream` defaults to process.stdout, made only when the environment has not decided already. */
export function colorWanted(stream?: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): boolean {
  if (env.NO_COLOR || argv.includes('--no-color') || env.TERM === 'dumb' || env.CI) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return (stream ?? process.stdout).isTTY === true;
}

let _colors: Colors = pc.createColors(colorWanted());

export function setColor(enabled: boolean): void {
  _colors = pc.createColors(enabled);
}

/** The current colour functions (identity functions when colour is off). */
export function colors(): Colors {
  return _colors;
}
