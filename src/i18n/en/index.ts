// The English catalogue: one section file per area of socklab.
import { cli } from './cli.ts';
import { repl } from './repl.ts';
import { lessons } from './lessons.ts';
import { session } from './session.ts';

export const en = { ...cli, ...repl, ...lessons, ...session };
export type Messages = { [K in keyof typeof en]: string };
