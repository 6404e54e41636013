// Messages of the Jupyter kernel and notebooks (src/notebook/).
export const notebook = () => ({
  'notebook.usage': `Usage:
  socklab kernel install [--prefix DIR]   install the Jupyter kernels socklab and socklab-python
  socklab kernel uninstall                remove them
  socklab kernel CONNECTION_FILE          run the kernel (Jupyter starts it for you)`,
  'notebook.noZeromq': 'The Jupyter kernel needs the zeromq package, which cannot be loaded here ({message}); reinstall socklab without --omit=optional.',
  'notebook.cannotBind': 'The kernel cannot open the ports of its connection file ({message}): another program holds one of them. Restart the kernel to get new ports.',
  'notebook.badConnectionFile': 'Cannot read the Jupyter connection file "{file}": {message}',
  'notebook.installed': 'Installed the Jupyter kernels socklab and socklab-python in {dir}.\nNext: run jupyter notebook (or pick "{name}" in VS Code\'s kernel picker) and choose the socklab kernel for a new notebook.',
  'notebook.uninstalled': 'Removed the Jupyter kernels from {dir}.',
  'notebook.notInstalled': 'No socklab kernel is installed in {dir}.',
  'notebook.cannotInstall': 'Cannot write the kernel into {dir}: {message}',
  'notebook.displayName.ts': 'socklab (TypeScript)',
  'notebook.displayName.python': 'socklab (Python)',
  'notebook.banner': 'socklab {version}: Python\'s socket module on real kernel sockets. Type .help for the commands.',
  'notebook.cmd.diagram': 'Draw every TCP connection: the kernel states it went through and its handshake/close with the peer',
  'notebook.cmd.help': 'List the commands',
  'notebook.helpFooter': 'A cell runs like a REPL line (await is implicit). The interrupt button (■) stops a waiting call with KeyboardInterrupt and keeps your variables and sockets. help(x) explains any part of the socket API.',
  'notebook.diagram.none': 'No TCP connection yet: connect() or accept() one, then run .diagram again.',
  'notebook.diagram.you': 'your socket',
  'notebook.diagram.peer': 'peer',
  'notebook.diagram.data': 'data ({n} bytes)',
  'notebook.diagram.connection': 'fd {fd}: {laddr} ↔ {raddr}',
  'notebook.diagram.listener': 'fd {fd}: listening on {laddr}',
  'notebook.lesson.written': 'Wrote {file}. Open it in Jupyter with the socklab kernel (install it once: socklab kernel install).',
  'notebook.lesson.howTo': 'Run the cells in order. The first cell opens the lesson (the lesson plays the other end of the conversation); after every cell the lesson checks your sockets, as the REPL does after every line.',
  'notebook.lesson.step': 'Step {n}/{total}: {title}',
  'notebook.lesson.ports': 'In the code, {names} is the lesson\'s port ({preferred} when it is free): the kernel chooses it when the first cell opens the lesson and fills it in as each cell runs.',
  'notebook.lesson.noRetype': 'n (a notebook: nothing is typed for you. Run the steps\' cells again instead: run the cell of step 1 and every cell below it (Run All Below).)',
  'notebook.lesson.cannotWrite': 'Cannot write the notebook "{file}": {message}',
}) as const;
