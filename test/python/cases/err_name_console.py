# exit: 1
# compare: stderr
# console.log(...) from JavaScript: a NameError under `console`.
console.log('connected')
