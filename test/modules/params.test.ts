// Every function and class the Python front end binds keywords to records CPython's parameter
// names in CPython's order (inspect.signature() in python3 3.11), also after markBlocking().
import { describe, expect, it } from 'vitest';
import { pyParams, type PyParams } from '../../src/modules/callable.ts';
import { multiprocessing } from '../../src/modules/multiprocessing.ts';
import { selectModule } from '../../src/modules/select.ts';
import { createSocketserver } from '../../src/modules/socketserver.ts';
import { struct } from '../../src/modules/struct.ts';
import { _thread } from '../../src/modules/thread.ts';
import { threading } from '../../src/modules/threading.ts';
import { socket } from './loopback.ts';

const socketserver = createSocketserver(socket);
const proto = (cls: { prototype: object }) => cls.prototype as Record<string, unknown>;

describe('PY_PARAMS', () => {
  it.each<[string, unknown, PyParams]>([
    ['threading.Thread', threading.Thread, { positional: ['group', 'target', 'name', 'args', 'kwargs'], keywordOnly: ['daemon'] }],
    ['Thread.join', proto(threading.Thread).join, { positional: ['timeout'] }],
    ['Lock.acquire', proto(threading.Lock).acquire, { positional: ['blocking', 'timeout'] }],
    ['Event.wait', proto(threading.Event).wait, { positional: ['timeout'] }],
    ['Condition.wait_for', proto(threading.Condition).wait_for, { positional: ['predicate', 'timeout'] }],
    ['Condition.notify', proto(threading.Condition).notify, { positional: ['n'] }],
    ['Semaphore', threading.Semaphore, { positional: ['value'] }],
    ['Semaphore.acquire', proto(threading.Semaphore).acquire, { positional: ['blocking', 'timeout'] }],
    ['multiprocessing.Process', multiprocessing.Process, { positional: ['group', 'target', 'name', 'args', 'kwargs'], keywordOnly: ['daemon'] }],
    ['Process.join', proto(multiprocessing.Process).join, { positional: ['timeout'] }],
    ['socketserver.TCPServer', socketserver.TCPServer, { positional: ['server_address', 'RequestHandlerClass', 'bind_and_activate'] }],
    ['BaseServer.serve_forever', proto(socketserver.BaseServer).serve_forever, { positional: ['poll_interval'] }],
    ['BaseRequestHandler', socketserver.BaseRequestHandler, { positional: ['request', 'client_address', 'server'] }],
    ['struct.unpack_from', struct.unpack_from, { positional: ['format', 'buffer', 'offset'], positionalOnly: 1 }],
    ['struct.pack', struct.pack, { positional: ['format'], positionalOnly: 1, varargs: 'v' }],
    ['struct.calcsize', struct.calcsize, { positional: ['format'], positionalOnly: 1 }],
    ['select.select', selectModule.select, { positional: ['rlist', 'wlist', 'xlist', 'timeout'], positionalOnly: 4 }],
    ['_thread.start_new_thread', _thread.start_new_thread, { positional: ['function', 'args', 'kwargs'], positionalOnly: 3 }],
  ])('%s', (_, fn, expected) => expect(pyParams(fn)).toEqual(expected));
});
