# A class written in TypeScript whose instances read class attributes from its prototype
# (string.Template's delimiter, idpattern, braceidpattern): the class reads the same values, a
# subclass's own win, and assigning one on the class is seen by its instances (issue 9).
import string
print(string.Template.delimiter, string.Template.braceidpattern, string.Template.idpattern)
print(string.Template('$a').delimiter)
class T(string.Template):
    delimiter = '%'
print(T.delimiter, T('%a').substitute(a=1), T('x').delimiter, string.Template.delimiter)
string.Template.delimiter = '#'
print(string.Template('#a and $a').delimiter, string.Template.delimiter)
string.Template.delimiter = '$'
print(string.Template('$a').substitute(a=2))
print(hasattr(string.Template, 'nothing'), hasattr(string.Template, 'template'))
