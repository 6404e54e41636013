#!/usr/bin/env node
// CommonJS (bin/package.json), as dist/cli.cjs is: the start goes through no ES module loader.
require('../dist/cli.cjs');
