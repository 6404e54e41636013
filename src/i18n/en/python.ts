// Messages of the Python front end (src/lang/python): notes printed next to a Python program's
// output (on stderr in `socklab run`), never in place of Python's own error lines.
export const python = () => ({
  'python.noModule': "socklab runs Python with these modules: {modules}. Other modules are not available here yet; run the program with python3 to use '{name}'.",
  'python.noModulePython2': "'{name}' is Python 2's name: in Python 3 the module is {python3Name} (import {python3Name}).",
  'python.noModuleTypo': "There is no module '{name}': did you mean {guess}? (import {guess})",
  'python.translateUsage': 'socklab translate takes a .py file: socklab translate prog.py',
  'python.argparseFormatter': "argparse: socklab's argparse formats help with these formatter classes only, given as formatter_class=: {formatters}; run the program with python3 to use another.",
  'python.reUnsupported': "re: {what} (at position {pos} of the pattern) is not supported by socklab's regular expressions, which run on JavaScript's RegExp; run the program with python3 to use it.",
  'python.refused': '{construct} is not supported by socklab\'s Python yet.',
  'python.metaclassPrepare': "socklab's class statement binds the body's names on the class as they are made, so a metaclass's __prepare__ ({meta}.__prepare__) cannot give the body a namespace of its own; run the program with python3 to use it.",
  'python.mroBuiltinFirst': "socklab cannot put {base} before {next} in a class's method resolution order (its JavaScript class cannot take another base); list {next} first, or run the program with python3.",
}) as const;
