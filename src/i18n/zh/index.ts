// The Simplified Chinese catalogue: the same sections as the English one, each with the same keys
// (checked by each section's type).
import { cli } from './cli.ts';
import { repl } from './repl.ts';
import { lessons } from './lessons.ts';
import { modules } from './modules.ts';
import { python } from './python.ts';
import { notebook } from './notebook.ts';
import { pitfalls } from './pitfalls.ts';
import { session } from './session.ts';
import { pythonRepl } from './python-repl.ts';
import { lessonsPython } from './lessons-python.ts';

export const zh = [cli, repl, lessons, modules, python, notebook, pitfalls, session, pythonRepl, lessonsPython] as const;
