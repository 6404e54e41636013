# A line of a lone backslash joins the next line to it (tokenizer.c): that line is indented as it
# is written unless the backslash was indented, then the backslash's column counts ("cont_line_col").
x = 1
\
try:
    pass
except: pass
print(x)
if x:
\
  y = 3
print(y)
if x:
  \
    z = 4
  print(z)
\

print(x + 1)
