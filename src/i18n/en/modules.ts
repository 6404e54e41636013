// Messages of the Python modules (src/modules/): the one-time notes about how they run here.
export const modules = () => ({
  'modules.note.multiprocessing': 'note: multiprocessing.Process runs as a task in this process here, not as a separate process: the "child" shares every variable and socket with its parent. For socket servers this behaves the same.',
  'modules.note.forking': 'note: ForkingTCPServer handles each request as a task in this process here, not in a forked child process (like ThreadingTCPServer). For socket servers this behaves the same.',
  'modules.note.weakref': 'note: weakref keeps its objects alive here: after `del obj` a weak reference still gives the object (python3 frees it at once, and then ref() is None and the entry leaves a WeakValueDictionary), and finalize() runs only when called. JavaScript frees memory at no moment a program can predict.',
});
