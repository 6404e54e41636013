// node's REPL shows a grey completion preview after the cursor (`import struct` + `uredClone`)
// and, on Enter, inserts it into the line it runs (lib/internal/repl/utils.js, clearPreview). A
// learner pressing Enter means the line as typed: the preview is cleared first, the way node
// clears it for Escape. Not during a reverse search (Ctrl+R), where Escape would cancel the
// search and Enter must take the line found.
import type { ReplServer } from './node-repl.ts';

type _TtyWrite = ReplServer['_ttyWrite'];
type _Key = { ctrl?: boolean; meta?: boolean; name?: string };

const _searching = new WeakMap<ReplServer, boolean>();

/** Call before node handles each key. */
export function beforeKey(r: ReplServer, key: _Key, nodeTtyWrite: _TtyWrite): void {
  if (key.ctrl && (key.name === 'r' || key.name === 's')) {
    _searching.set(r, true);
    return;
  }
  const enter = key.name === 'return' && !key.ctrl && !key.meta;
  if (enter && !_searching.get(r)) nodeTtyWrite.call(r, undefined, { name: 'escape' });
  // node ends a reverse search on Enter and on any key that is not text.
  if (enter || key.ctrl || key.meta || key.name === 'escape' || (key.name !== undefined && key.name.length > 1 && key.name !== 'backspace' && key.name !== 'space')) {
    _searching.set(r, false);
  }
}
