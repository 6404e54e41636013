#!/usr/bin/env bash
# The notebook rendered in a real browser, once by hand (not part of npm test):
#   test/notebook/screenshot.sh [OUT.png]
# Runs a short notebook (a TCP connection opened and closed, then .sockets and .diagram) with
# the socklab kernel through `jupyter nbconvert --execute --to html`, checks that the HTML has
# the socket table and the SVG pictures, and screenshots it with Debian's headless chromium.
# Skips (exit 0, with the reason) when chromium or Jupyter's nbconvert is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/notebook-screenshot.png}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then echo "skipped: no chromium (apt-get install chromium)"; exit 0; fi
if ! /usr/bin/python3 -c 'import nbconvert, nbclient' 2>/dev/null; then echo "skipped: no nbconvert/nbclient for /usr/bin/python3"; exit 0; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export JUPYTER_DATA_DIR="$work/jupyter" JUPYTER_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config"
node "$root/scripts/build.mjs" --if-stale
node "$root/bin/socklab.js" kernel install >/dev/null
/usr/bin/python3 - "$work/demo.ipynb" <<'PY'
import sys, nbformat
nb = nbformat.v4.new_notebook()
nb.metadata['kernelspec'] = {'name': 'socklab', 'display_name': 'socklab (TypeScript)', 'language': 'typescript'}
for src in [
    "server = socket.socket(AF_INET, SOCK_STREAM)\nserver.bind(['127.0.0.1', 0])\nserver.listen(5)",
    "client = socket.socket(AF_INET, SOCK_STREAM)\nclient.connect(server.getsockname())\nconn, addr = server.accept()\nclient.sendall(b'hello')\nconn.recv(1024)",
    "client.close()\nconn.recv(1024)",
    ".sockets",
    ".diagram",
]:
    nb.cells.append(nbformat.v4.new_code_cell(src))
nbformat.write(nb, sys.argv[1])
PY
/usr/bin/python3 -m nbconvert --to html --execute --output demo.html "$work/demo.ipynb" >"$work/nbconvert.log" 2>&1 || { cat "$work/nbconvert.log"; exit 1; }
html="$work/demo.html"
grep -q 'class="socklab-sockets"' "$html" || { echo "FAIL: no socket table in the HTML"; exit 1; }
grep -q '<svg' "$html" || { echo "FAIL: no SVG picture in the HTML"; exit 1; }
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1300 --screenshot="$out" "file://$html" >/dev/null 2>&1
[[ -s "$out" ]] || { echo "FAIL: chromium wrote no screenshot"; exit 1; }
echo "ok: $out"
