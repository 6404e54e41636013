# exit: 1
# compare: stderr
# A no-break space pasted from a web page: "invalid non-printable character U+00A0".
port = 80 + 1
