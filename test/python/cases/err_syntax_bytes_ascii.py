# exit: 1
# compare: stderr
# A non-ASCII character in a bytes literal: "bytes can only contain ASCII literal characters".
greeting = b"héllo"
