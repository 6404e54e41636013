// SocketSpace.closeAll (the REPL's `.reset` and exit) closes every socket whatever the learner
// did to them: `s.close = null`, a throwing close, a replaced Socket.prototype.close.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSTANTS, Socket, createSocketModule, describeSocket } from '../../src/socket/index.ts';

const { AF_INET, SOCK_DGRAM } = CONSTANTS;
const { module: socket, space } = createSocketModule();
const ownClose = Socket.prototype.close;
afterEach(() => {
  Socket.prototype.close = ownClose;
  space.closeAll();
});

const openFds = () => readdirSync('/proc/self/fd').length;

describe('closeAll', () => {
  it('closes sockets whose close was sabotaged, each on its own', () => {
    const before = openFds();
    const sockets = Array.from({ length: 4 }, () => socket.socket(AF_INET, SOCK_DGRAM));
    (sockets[0] as unknown as { close: unknown }).close = null;
    (sockets[1] as unknown as { close: unknown }).close = () => {
      throw new Error('no');
    };
    Socket.prototype.close = () => undefined;
    space.closeAll();
    expect(sockets.map((s) => describeSocket(s).state)).toEqual(['closed', 'closed', 'closed', 'closed']);
    expect(space.sockets.size).toBe(0);
    expect(openFds()).toBe(before);
  });
});
