// The command line: parses arguments, sets language and colour, and starts one of the
// commands. The only place that calls process.exit().
import pkg from '../package.json' with { type: 'json' };
import { colorDecided, setColor } from './colors.ts';
import { isLang, setLang, t } from './i18n/index.ts';
import { SUPPORTED } from './kernel/platform.ts';
import { UnsupportedPlatformError } from './kernel/libc.ts';

interface Parsed {
  command: 'repl' | 'run' | 'translate' | 'lesson' | 'lessons-check' | 'kernel' | 'help' | 'version';
  args: string[];
  /** --python: the REPL's lines are Python. */
  python?: boolean;
}

class UsageError extends Error {}

function _parse(argv: readonly string[]): Parsed {
  const rest: string[] = [];
  let flag: Parsed['command'] | undefined;
  let python = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (rest[0] === 'run' && rest.length >= 2) {
      rest.push(arg); // everything after `run FILE` belongs to the script
      continue;
    }
    if (_ownOption(rest, argv, i)) {
      rest.push(arg);
      if (arg === '--prefix' && argv[i + 1] !== undefined) rest.push(argv[++i]!);
      continue;
    }
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] ?? '' : arg.slice('--lang='.length);
      if (!isLang(value)) throw new UsageError(t('cli.badLang', { lang: value }));
      setLang(value);
    } else if (arg === '-W' || arg.startsWith('-W')) {
      // Python's -W: warnings on (a temporary socket's ResourceWarning), passed on as PYTHONWARNINGS does.
      process.env.PYTHONWARNINGS = arg === '-W' ? argv[++i] ?? 'default' : arg.slice(2);
    } else if (arg === '--python') {
      python = true;
    } else if (arg === '--no-color') {
      setColor(false);
    } else if (arg === '--color') {
      setColor(true);
    } else if (arg === '--help' || arg === '-h') {
      flag ??= 'help';
    } else if (arg === '--version' || arg === '-v') {
      flag ??= 'version';
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(t('cli.unknownOption', { option: arg }));
    } else {
      rest.push(arg);
    }
  }
  if (flag) return { command: flag, args: [] };
  const [command, ...args] = rest;
  switch (command) {
    case undefined:
      return { command: 'repl', args: [], python };
    case 'run':
      if (args.length === 0) throw new UsageError(t('cli.runNeedsFile'));
      return { command: 'run', args };
    case 'translate':
      if (args.length !== 1) throw new UsageError(t('python.translateUsage'));
      return { command: 'translate', args };
    case 'lesson':
      return { command: 'lesson', args, python };
    case 'kernel':
      return { command: 'kernel', args };
    case 'lessons':
      if (args[0] === 'check') return { command: 'lessons-check', args: args.slice(1) };
      if (args.length === 0) return { command: 'lesson', args: [] };
      throw new UsageError(t('cli.unknownCommand', { command: `lessons ${args.join(' ')}` }));
    default:
      throw new UsageError(t('cli.unknownCommand', { command }));
  }
}

/** Options that belong to a subcommand: `kernel --prefix DIR`, `kernel --python`, `kernel --help`, `lesson ID --notebook [--python]`. */
function _ownOption(rest: readonly string[], argv: readonly string[], i: number): boolean {
  const arg = argv[i]!;
  if (rest[0] === 'kernel') return arg === '--prefix' || arg.startsWith('--prefix=') || arg === '--python' || arg === '--help' || arg === '-h';
  if (rest[0] === 'lesson') return arg === '--notebook' || (arg === '--python' && argv.includes('--notebook'));
  return false;
}

async function main(argv: readonly string[]): Promise<number | undefined> {
  // Colour as the environment says; else as stdout is a terminal, looked at when colour is first
  // used (making process.stdout costs a start that prints nothing).
  setColor(colorDecided());
  const parsed = _parse(argv);
  // Every command but --help and --version needs real sockets.
  if (!SUPPORTED && parsed.command !== 'help' && parsed.command !== 'version') {
    throw new UnsupportedPlatformError(process.platform);
  }
  switch (parsed.command) {
    case 'help':
      process.stdout.write(`${t('cli.usage')}\n`);
      return 0;
    case 'version':
      process.stdout.write(`socklab ${pkg.version}\n`);
      return 0;
    case 'run': {
      const { endsWithMainThread, runScript } = await import('./run.ts');
      process.argv = [process.argv[0]!, parsed.args[0]!, ...parsed.args.slice(1)];
      const code = await runScript(parsed.args[0]!, { argv: parsed.args.slice(1), ownsProcess: true });
      process.exitCode = code;
      // A Python program ends when its main thread does (daemon threads and open sockets do not
      // keep it alive), as CPython's does; so does its translation, run as a script.
      if (parsed.args[0]!.endsWith('.py') || await endsWithMainThread()) return code;
      return code === 0 ? undefined : code;
    }
    case 'translate': {
      const { translatePythonFile } = await import('./lang/python/index.ts');
      return translatePythonFile(parsed.args[0]!) || undefined;
    }
    case 'kernel': {
      const { kernelCommand } = await import('./notebook/command.ts');
      return kernelCommand(parsed.args);
    }
    case 'lesson':
      if (parsed.args.includes('--notebook')) {
        const { lessonNotebookCommand } = await import('./notebook/command.ts');
        return lessonNotebookCommand(parsed.args.filter((a) => a !== '--notebook'));
      }
    // falls through
    case 'repl':
    case 'lessons-check': {
      const { startCommand } = await import('./repl/command.ts');
      return startCommand(parsed.command, parsed.args, parsed.python ? { language: 'python' } : {});
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    if (err instanceof Error && (err.name === 'UnsupportedPlatformError' || err.name === 'KernelStartError')) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`socklab: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
