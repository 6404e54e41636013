// The Simplified Chinese catalogue: the same keys as the English one (checked by the type).
import type { Messages } from '../en/index.ts';
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

export const zh: { [K in keyof Messages]: string } = { ...cli, ...repl, ...lessons, ...modules, ...python, ...notebook, ...pitfalls, ...session, ...pythonRepl, ...lessonsPython };
