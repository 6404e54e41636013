// The 300 lines the translate benchmark translates: the corpus's tutorial programs that python3
// compiles (test/python/cases/seed*, seed001_py2_server.py is Python 2 on purpose), whole files
// one after another with a `# --- FILE` line before each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './impls.mjs';

const _PROGRAMS = [
  'seed000_create_socket.py', 'seed000_hostname.py', 'seed000_multiprocess_server/client.py',
  'seed000_multiprocess_server/server.py', 'seed000_qq_chat/client.py', 'seed000_qq_chat/server.py',
  'seed000_tcp_hello/client.py', 'seed000_tcp_hello/server.py', 'seed001_blocking_modes.py',
  'seed001_thread_chat/client.py', 'seed001_thread_chat/server.py', 'seed002_process_intro.py',
  'seed002_udp_echo/server.py',
];

const _files = () => _PROGRAMS.map((f) => ({ name: f, lines: readFileSync(join(ROOT, 'test', 'python', 'cases', f), 'utf8').replace(/\n+$/, '').split('\n') }));

/** The 300 lines as they are (their top level would open sockets: translated, never run). */
export function tutorialSource() {
  return [
    '# The translate_300_ms benchmark (bench/translate.mjs): 300 lines made of the corpus\'s tutorial',
    '# programs (test/python/cases/seed*), whole files one after another. Translated, never run.',
    ..._files().flatMap((f) => [`# --- ${f.name}`, ...f.lines]),
    '',
  ].join('\n');
}

/**
 * The same programs, each the body of a function that is never called, so `socklab run` of it
 * costs its start plus the translation and nothing else (313 lines). `tag` is a last comment that
 * makes the source, and so its hash, differ (a first translation, not a cached one).
 */
export function definitionsOnlySource(tag = '') {
  return [
    '# The translate benchmark\'s program for `socklab run`: the corpus\'s tutorial programs, each the',
    '# body of a function that is never called (bench/lib/translate_source.mjs).',
    ..._files().flatMap((f, i) => [`# --- ${f.name}`, `def _program_${i + 1}():`, ...f.lines.map((l) => (l.trim() ? `    ${l}` : l))]),
    `# ${tag}`,
    '',
  ].join('\n');
}
