// The Jupyter wire format (messaging protocol 5.3): a message is the routing identities, the
// `<IDS|MSG>` delimiter, an HMAC signature of the four JSON parts, then header, parent_header,
// metadata and content (and binary buffers, which socklab neither sends nor reads).
// https://jupyter-client.readthedocs.io/en/stable/messaging.html#the-wire-protocol
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export const PROTOCOL_VERSION = '5.3';
const _DELIMITER = '<IDS|MSG>';

export interface Header {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
}

export interface Message<C = Record<string, unknown>> {
  /** Routing identities of the sender (ROUTER sockets); empty on iopub. */
  identities: Buffer[];
  header: Header;
  /** The header of the request this message answers, or {} */
  parent_header: Partial<Header>;
  metadata: Record<string, unknown>;
  content: C;
}

/** Raised for a frame set that is not a Jupyter message or whose signature does not match. */
export class WireError extends Error {}

export class Signer {
  readonly #key: Buffer;
  readonly #algorithm: string;

  /** `scheme` is the connection file's signature_scheme (`hmac-sha256`); an empty key signs nothing. */
  constructor(key: string, scheme = 'hmac-sha256') {
    this.#key = Buffer.from(key, 'utf8');
    this.#algorithm = scheme.replace(/^hmac-/, '');
  }

  sign(parts: readonly Buffer[]): string {
    if (this.#key.length === 0) return '';
    const hmac = createHmac(this.#algorithm, this.#key);
    for (const p of parts) hmac.update(p);
    return hmac.digest('hex');
  }

  verify(signature: string, parts: readonly Buffer[]): boolean {
    if (this.#key.length === 0) return true;
    const want = Buffer.from(this.sign(parts), 'utf8');
    const got = Buffer.from(signature, 'utf8');
    return want.length === got.length && timingSafeEqual(want, got);
  }
}

export function decode(frames: readonly Buffer[], signer: Signer): Message {
  const at = frames.findIndex((f) => f.toString('utf8') === _DELIMITER);
  if (at < 0 || frames.length < at + 6) throw new WireError('not a Jupyter message (no <IDS|MSG> delimiter)');
  const signature = frames[at + 1]!.toString('utf8');
  const parts = frames.slice(at + 2, at + 6);
  if (!signer.verify(signature, parts)) throw new WireError('bad message signature');
  const [header, parent, metadata, content] = parts.map((p) => JSON.parse(p.toString('utf8')) as Record<string, unknown>);
  return {
    identities: frames.slice(0, at),
    header: header as unknown as Header,
    parent_header: parent as Partial<Header>,
    metadata: metadata!,
    content: content!,
  };
}

export function encode(msg: Message<unknown>, signer: Signer): Buffer[] {
  const parts = [msg.header, msg.parent_header, msg.metadata, msg.content].map((p) => Buffer.from(JSON.stringify(p), 'utf8'));
  return [...msg.identities, Buffer.from(_DELIMITER), Buffer.from(signer.sign(parts)), ...parts];
}

/** A new message of `type` answering `parent` (or unprompted, when parent is undefined). */
export function makeMessage<C>(type: string, content: C, session: string, parent?: Message<unknown>, identities: Buffer[] = parent?.identities ?? []): Message<C> {
  return {
    identities,
    header: {
      msg_id: randomUUID(),
      session,
      username: 'socklab',
      date: new Date().toISOString(),
      msg_type: type,
      version: PROTOCOL_VERSION,
    },
    parent_header: parent?.header ?? {},
    metadata: {},
    content,
  };
}
