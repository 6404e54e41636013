# exit: 1
# compare: stderr
# JavaScript habits: `true` gets "Did you mean: 'True'?" and the caret under the name alone,
# also when the whole value of an assignment is the name (V8 reports that at the target).
connected = true
