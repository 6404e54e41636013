// The English catalogue: one section file per area of socklab.
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

export const en = { ...cli, ...repl, ...lessons, ...modules, ...python, ...notebook, ...pitfalls, ...session, ...pythonRepl, ...lessonsPython };
export type Messages = { [K in keyof typeof en]: string };
