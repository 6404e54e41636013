# warnings.warn as CPython 3.11 prints it on stderr: `FILE:LINE: Category: text` and the source
# line, once per place by default; stacklevel=2 names the caller; DeprecationWarning is shown for
# the program's own code, PendingDeprecationWarning is not; simplefilter('error') raises it,
# 'ignore' hides it; catch_warnings(record=True) collects them; the warning classes.
# compare: stderr
import warnings

def old_api():
    warnings.warn('old_api() is deprecated', DeprecationWarning, stacklevel=2)

for i in range(3):
    warnings.warn('plain warning')
old_api()
old_api()
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn(RuntimeWarning('an instance'))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', UserWarning)
print([str(w.message) for w in caught], [w.category.__name__ for w in caught], caught[0].lineno)
warnings.simplefilter('error')
try:
    warnings.warn('now an error', FutureWarning)
except FutureWarning as e:
    print('raised', type(e).__name__, e)
warnings.simplefilter('ignore')
warnings.warn('hidden')
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), UserWarning.__mro__[1])
