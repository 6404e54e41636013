// Messages of the command line (src/cli.ts, src/run.ts).
export const cli = () => ({
  'cli.usage': `socklab — learn sockets by typing Python's socket API on real kernel sockets

Usage:
  socklab                  open the playground (a REPL with the socket module preloaded)
  socklab run FILE         run a .js, .mjs or .ts script with the same globals, or a .py program
  socklab translate FILE   print the TypeScript a .py program becomes
  socklab lesson [ID]      list the lessons, or open lesson ID in the playground
  socklab lessons check    check every lesson of the course (for lesson authors)
  socklab kernel install   install the Jupyter kernels (socklab kernel --help for more)
  socklab lesson ID --notebook [FILE]  write lesson ID as a Jupyter notebook

Options:
  --lang en|zh             language of socklab's own messages (default: from LANG / LC_ALL)
  --python                 the playground's lines are Python (.python / .ts switch at the prompt)
  --no-color               plain output without colours (also NO_COLOR=1)
  -W default               show Python's warnings (an unclosed temporary socket's ResourceWarning)
  --version                print the version
  --help                   print this help`,
  'cli.unknownCommand': 'Unknown command "{command}". Run socklab --help to see what socklab can do.',
  'cli.unknownOption': 'Unknown option "{option}". Run socklab --help to see the options.',
  'cli.badLang': 'Unknown language "{lang}": use --lang en or --lang zh.',
  'cli.runNeedsFile': 'socklab run needs a file: socklab run hello.js',
  'cli.fileNotFound': 'Cannot find the file "{file}". Check the path and try again.',
  'cli.badExtension': 'socklab run takes .py, .js, .mjs or .ts files, not "{file}".',
  'cli.pythonFile': 'socklab run takes .js, .mjs or .ts files, not "{file}". A Python file runs with python3 {file}; to try its lines on socklab, paste them into the playground (socklab), which reads most Python socket lines as they are.',
}) as const;
