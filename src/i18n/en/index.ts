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
// object of ~380 keys, one property at a time, cost every start ~10 M instructions for the two
// languages. Each is a function that t() calls the first time it searches it, so a start builds
// (and reads from its code cache) only the sections it looks in: the large, rarely needed ones
// (the lessons', the notebook's) come last, where only their own keys reach them.
export const en = [cli, repl, modules, python, pitfalls, session, pythonRepl, notebook, lessonsPython, lessons] as const;
type _Sections = ReturnType<typeof cli> & ReturnType<typeof repl> & ReturnType<typeof lessons> & ReturnType<typeof modules> & ReturnType<typeof python> & ReturnType<typeof notebook> & ReturnType<typeof pitfalls> & ReturnType<typeof session> & ReturnType<typeof pythonRepl> & ReturnType<typeof lessonsPython>;
export type Messages = { [K in keyof _Sections]: string };
