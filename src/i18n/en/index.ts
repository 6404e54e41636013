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

// The sections stay apart and t() looks a key up in each (no key is in two): merging them into one
// object of ~380 keys, one property at a time, cost every start ~10 M instructions for the two languages.
export const en = [cli, repl, lessons, modules, python, notebook, pitfalls, session, pythonRepl, lessonsPython] as const;
type _Sections = typeof cli & typeof repl & typeof lessons & typeof modules & typeof python & typeof notebook & typeof pitfalls & typeof session & typeof pythonRepl & typeof lessonsPython;
export type Messages = { [K in keyof _Sections]: string };
