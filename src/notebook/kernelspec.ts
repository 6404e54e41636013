// `socklab kernel install [--prefix DIR]` / `uninstall`: writes the kernelspecs socklab
// (TypeScript cells) and socklab-python (Python cells) where jupyter_client looks for them,
// without needing Python: DIR/share/jupyter/kernels, else the user's Jupyter data directory
// (JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter; ~/Library/Jupyter
// on macOS), as jupyter_core.paths.jupyter_data_dir() says.
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { t } from '../i18n/index.ts';
import { LOGO_SVG, logoPng } from './logo.ts';

export const KERNEL_NAMES = ['socklab', 'socklab-python'] as const;

export function kernelsDir(prefix: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (prefix !== undefined) return join(prefix, 'share', 'jupyter', 'kernels');
  if (env.JUPYTER_DATA_DIR) return join(env.JUPYTER_DATA_DIR, 'kernels');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Jupyter', 'kernels');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'jupyter', 'kernels');
}

/** kernel.json for one of the two kernels; `entry` is the absolute path of socklab's script. */
export function kernelSpec(name: (typeof KERNEL_NAMES)[number], entry: string): Record<string, unknown> {
  const python = name === 'socklab-python';
  return {
    argv: [process.execPath, entry, 'kernel', ...(python ? ['--python'] : []), '{connection_file}'],
    display_name: t(python ? 'notebook.displayName.python' : 'notebook.displayName.ts'),
    language: python ? 'python' : 'typescript',
    interrupt_mode: 'signal',
    metadata: { debugger: false },
  };
}

/** Writes both kernelspecs and returns the folder that holds them. */
export function installKernels(prefix: string | undefined, entry = realpathSync(process.argv[1]!)): string {
  const dir = kernelsDir(prefix);
  for (const name of KERNEL_NAMES) {
    const target = join(dir, name);
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'kernel.json'), `${JSON.stringify(kernelSpec(name, entry), null, 2)}\n`);
    writeFileSync(join(target, 'logo-32x32.png'), logoPng(32));
    writeFileSync(join(target, 'logo-64x64.png'), logoPng(64));
    writeFileSync(join(target, 'logo-svg.svg'), LOGO_SVG);
  }
  return dir;
}

/** Removes both kernelspecs; false when neither was there. */
export function uninstallKernels(prefix: string | undefined): { dir: string; removed: boolean } {
  const dir = kernelsDir(prefix);
  let removed = false;
  for (const name of KERNEL_NAMES) {
    const target = join(dir, name);
    if (!existsSync(target)) continue;
    rmSync(target, { recursive: true, force: true });
    removed = true;
  }
  return { dir, removed };
}

/** The message for `socklab kernel install`. */
export function installedMessage(dir: string): string {
  return t('notebook.installed', { dir, name: t('notebook.displayName.ts') });
}
