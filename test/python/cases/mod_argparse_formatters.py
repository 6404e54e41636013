# argparse's help formatters: RawDescriptionHelpFormatter and RawTextHelpFormatter keep the text's own
# lines, ArgumentDefaultsHelpFormatter adds (default: …); the parser's repr names its formatter.
import argparse
for fc in [argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.HelpFormatter]:
    p = argparse.ArgumentParser(prog='srv', formatter_class=fc, description='''Echo server.

  example:
    %(prog)s --port 9000
''', epilog='Lines\n  kept as they are.')
    p.add_argument('--port', type=int, default=8000, help='port to listen on\n  (any free port)')
    p.add_argument('--host', default='127.0.0.1', help='address, default %(default)s')
    p.add_argument('--quiet', action='store_true', help='no log')
    p.add_argument('--name', help='')
    p.add_argument('files', nargs='*', default=['a'], help='files')
    p.add_argument('mode', help='mode')
    p.print_help()
    print(p)
    print('----')
