// Python's platform module (Lib/platform.py, CPython 3.11), the part tutorials print: this
// machine's real system(), node(), release(), version(), machine(), uname(), platform(),
// architecture() and libc_ver(), and python_version(): the 3.11 release of the machine's python3
// (socklab's Python is that language: python-version.ts), as sys.version_info says.
import * as os from 'node:os';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { native } from '../runtime/call.ts';
import { namedTuple } from './namedtuple.ts';
import { pythonVersion } from './python-version.ts';

/** platform.libc_ver(): ('glibc', '2.36') from the C library node runs on (os.confstr's CS_GNU_LIBC_VERSION). */
function _glibc(): string {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return header?.glibcVersionRuntime ?? '';
}

// uname_result has a sixth item, processor, that its repr does not show.
const _UNAME_FIELDS = ['system', 'node', 'release', 'version', 'machine', 'processor'];

export function createPlatformModule(): PyModule {
  const uname = () => [os.type(), os.hostname(), os.release(), os.version(), os.machine(), ''];
  const platform = () => {
    const libc = _glibc();
    return `${os.type()}-${os.release()}-${os.machine()}${libc ? `-with-glibc${libc}` : ''}`;
  };
  const simple = (name: string, value: () => unknown) => native(name, () => value());
  return makeModule('platform', {
    system: simple('system', () => os.type()),
    node: simple('node', () => os.hostname()),
    release: simple('release', () => os.release()),
    version: simple('version', () => os.version()),
    machine: simple('machine', () => os.machine()),
    processor: simple('processor', () => ''),
    uname: simple('uname', () => namedTuple('uname_result', _UNAME_FIELDS, uname(), undefined, undefined, 5)),
    platform: native('platform', () => platform()),
    architecture: simple('architecture', () => tuple(os.arch().includes('64') ? '64bit' : '32bit', 'ELF')),
    libc_ver: simple('libc_ver', () => (_glibc() ? tuple('glibc', _glibc()) : tuple('', ''))),
    python_version: simple('python_version', () => pythonVersion()),
    python_version_tuple: simple('python_version_tuple', () => tuple(...pythonVersion().split('.'))),
    python_implementation: simple('python_implementation', () => 'CPython'),
  });
}
