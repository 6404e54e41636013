// node's REPL shows a grey completion preview after the cursor (`import struct` + `uredClone`)
// and, on Enter, inserts it into the line it runs. A learner pressing Enter means the line as
// typed: the preview is cleared first, the way node clears it for Escape.
import type { ReplServer } from './node-repl.ts';

type _TtyWrite = ReplServer['_ttyWrite'];

/** Before node handles Enter: clears the completion preview so that only what was typed runs. */
export function dropCompletionPreview(r: ReplServer, nodeTtyWrite: _TtyWrite): void {
  nodeTtyWrite.call(r, undefined, { name: 'escape' });
}
