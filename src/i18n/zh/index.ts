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

// In the English catalogue's order (src/i18n/en/index.ts says why it is this one).
export const zh = [cli, repl, modules, python, pitfalls, session, pythonRepl, notebook, lessonsPython, lessons] as const;
