// Messages about the places where a Python habit silently does something else in JavaScript
// (src/lang/typescript/pitfalls.ts, src/lang/hints.ts): said once, with the form that works.
export const pitfalls = () => ({
  'pitfall.note.bytesEquality': "Note: == and === compare bytes by identity in JavaScript, so b'quit' == b'quit' is false. Compare the contents: data.equals(b'quit') (or data.decode() === 'quit').",
  'pitfall.note.bytesTruth': "Note: in JavaScript every bytes value is true, even the empty b'' that Python treats as false, so if (!data) never fires. Test the length: len(data) === 0 (Python's if not data:).",
  'pitfall.note.peerClosed': "Note: recv() keeps returning b'': the other side has closed the connection, and from now on every recv() returns b'' at once. Leave the loop when len(data) === 0, then close the socket.",
  'pitfall.note.missingAwait': 'Note: in {fn}, {call} has no await, so it gives a Promise instead of the result. Write await {call}, and declare the function async (async function ...).',
  'pitfall.note.stillWaiting': 'Warning: {call} is still waiting in the background: nothing awaited it. It will take the next data that arrives. Put await before it, or type .reset to cancel it.',
  'pitfall.hint.concatBytes': "Hint: decode the bytes first: 'Jack:' + data.decode() (or use a template: `Jack:${data.decode()}`).",
  'pitfall.hint.concatToBytes': "Hint: bytes only join with bytes: data + 'x'.encode() (or data.decode() + 'x' for text).",
  'pitfall.hint.pass': 'Hint: pass is Python\'s empty statement; JavaScript needs nothing there: write an empty block {} (or leave the line out).',
  'pitfall.hint.rawInput': "Hint: raw_input() is Python 2's name for input(): write input('prompt: ').",
  'pitfall.hint.printStatement': 'Hint: print is a function in Python 3 and in JavaScript: print("x").',
  'pitfall.hint.breakOutside': 'Hint: break and continue only work inside a loop typed as one input, for example: while (true) { ...; if (len(data) === 0) break }.',
  'pitfall.hint.awaitMissing': 'Hint: {call} in {fn} is not awaited, so {fn} worked on a Promise. Write await {call} and declare {fn} async; call it as await {fn}.',
  'pitfall.cli.noSuchLesson': 'There is no lesson "{id}".',
  'pitfall.sockets.fin': 'N + FIN: the peer has closed its side. The FIN counts as one byte in the kernel\'s queue until recv() returns b\'\' (after the N bytes of data before it); it is not data.',
  'pitfall.note.cancelled': 'Cancelled {call}: nothing awaited it, and nothing could use what it received, so it would have taken the next data that arrives. Write await {call} (in an async function) and keep its result.',
}) as const;
