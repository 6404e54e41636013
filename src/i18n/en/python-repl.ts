// The REPL's Python mode: switching languages, the note on Python read in TypeScript mode, .translate.
export const pythonRepl = () => ({
  'pyrepl.cmd.python': 'Make Python the language of your lines (the prompt becomes py>>> )',
  'pyrepl.cmd.ts': 'Make TypeScript/JavaScript the language of your lines (the prompt becomes >>> )',
  'pyrepl.cmd.translate': 'Show the TypeScript that your last Python input becomes',
  'pyrepl.nowPython': 'Python mode: your lines are Python, as in python3. Type .ts to go back to TypeScript.',
  'pyrepl.nowTypescript': 'TypeScript mode: your lines are TypeScript/JavaScript. Type .python for Python.',
  'pyrepl.already': 'Your lines are already {language}.',
  'pyrepl.bannerStart': `socklab {version} — Python's socket module on real kernel sockets: type Python as in python3.
Import what you use, as in Python: import socket (also {modules}, and {more} more: help('modules') lists them all).
Blocking calls wait as in Python: data = s.recv(1024). Ctrl+C interrupts a waiting call.
Type help(socket) for the API, .help for the commands, .lessons for the lessons, .ts for TypeScript, .translate for the TypeScript of your last input.`,
  'pyrepl.listSeparator': ', ',
  'pyrepl.helpMethods': 'Methods:',
  'pyrepl.helpDocs': 'Python documents it at',
  'pyrepl.helpBlocking': '(blocking: it waits until it can finish; Ctrl+C interrupts it)',
  'pyrepl.hint.awaitOutside': 'Hint: as in python3, await goes inside an async def. Run the coroutine from here with asyncio.run(main()). (IPython and python3 -m asyncio take a top-level await; socklab reads your lines as python3 does.)',
  'pyrepl.helpModules': "The {count} modules socklab's Python can import (python3 has many more; a program that needs another one runs with python3):",
  'pyrepl.helpModulesEnd': "Import one, then help(NAME) shows what socklab documents of it: import asyncio; help(asyncio).",
  'pyrepl.helpKeywords': "Here is a list of the Python keywords.  Enter any keyword to get more help.",
  'pyrepl.helpAsync': `async def defines a coroutine function: calling it makes a coroutine object and runs nothing yet.
Inside it, await waits for a coroutine, a Task or a Future (asyncio.sleep(1), reader.read(100)) while the
event loop runs the other tasks; async with and async for go there too. At the prompt, as in python3,
await is a SyntaxError: run the main coroutine with asyncio.run(main()).
    import asyncio
    async def main():
        await asyncio.sleep(0.5)
        return 'done'
    asyncio.run(main())
help(asyncio) lists what socklab documents of the module.`,
  'pyrepl.sigintDefault': 'signal.SIG_DFL is the handler of SIGINT: python3 would end here, killed by Ctrl+C. socklab keeps your session and raises KeyboardInterrupt instead.',
  'pyrepl.socketsNone': 'No open sockets. Create one: import socket, then s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
  'pyrepl.autodetect': 'Note: this input is Python, not JavaScript, so it ran as Python. Type .python to make Python the language of all your lines (.ts switches back).',
  'pyrepl.nothingToTranslate': 'No Python input yet: .translate shows the TypeScript of the last Python input (type .python, or paste Python lines).',
  'pyrepl.cannotSave': 'Note: the language choice cannot be saved in {file} ({reason}); it applies to this session only.',
  'pyrepl.loadFailed': 'Python is not available in this session: {message}',
}) as const;
