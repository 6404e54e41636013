// Python's memoryview over bytes and bytearray: a view of the same memory (a Uint8Array over the
// object's buffer), so `view[n:]` handed to recv_into() or sendall() reads and writes the
// bytearray itself, without a copy. A slice of a view is a view; a view of bytes is read-only.
// One-dimensional, format 'B' (the only shape socket programs make).
import { bytes, b as makeBytes } from '../../../socket/bytes.ts';
import { pyRepr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { tuple } from '../../../socket/tuple.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { IndexError } from './exceptions.ts';
import { addressOf } from './ids.ts';
import { PySlice } from './values.ts';

export class PyMemoryView extends Uint8Array {
  static readonly pyTypeName = 'memoryview';
  /** The object the memory is of (memoryview.obj). */
  declare obj: unknown;
  declare readonly: boolean;
  declare released: boolean;

  /** memoryview(obj): obj's own memory, read-only for bytes. */
  static of(obj: unknown): PyMemoryView {
    if (!(obj instanceof Uint8Array)) throw new TypeError(`memoryview: a bytes-like object is required, not '${pyTypeName(obj)}'`);
    if (obj instanceof PyMemoryView) obj.check();
    const base = obj instanceof PyMemoryView ? obj.obj : obj;
    return PyMemoryView._over(obj, base, obj instanceof bytes || (obj instanceof PyMemoryView && obj.readonly));
  }

  private static _over(view: Uint8Array, obj: unknown, readonly: boolean, start = 0, length = view.length - start): PyMemoryView {
    const m = new PyMemoryView(view.buffer as ArrayBuffer, view.byteOffset + start, length);
    m.obj = obj;
    m.readonly = readonly;
    m.released = false;
    return m;
  }

  /** CPython's ValueError on a released view. */
  check(): void {
    if (this.released) throw new ValueError('operation forbidden on released memoryview object');
  }

  /** view[i] or view[a:b]: an int, or a view (a step other than 1 gives a view of a copy). */
  item(k: unknown, index: (k: unknown, length: number) => number): unknown {
    this.check();
    if (k instanceof PySlice) {
      const [start, stop, step] = k.indices(this.length);
      if (step === 1) return PyMemoryView._over(this, this.obj, this.readonly, start, Math.max(0, stop - start));
      const copy = makeBytes(Uint8Array.from(k.range(this.length), (i) => this[i]!));
      return PyMemoryView._over(copy, this.obj, this.readonly);
    }
    const i = index(k, this.length);
    if (i < 0 || i >= this.length) throw new IndexError('index out of bounds on dimension 1');
    return this[i];
  }

  /** view[i] = byte, view[a:b] = bytes of the same length. */
  assign(k: unknown, v: unknown, index: (k: unknown, length: number) => number, byte: (x: unknown) => number): void {
    this.check();
    if (this.readonly) throw new TypeError('cannot modify read-only memory');
    if (k instanceof PySlice) {
      const slots = [...k.range(this.length)];
      if (!(v instanceof Uint8Array) || v.length !== slots.length) {
        if (!(v instanceof Uint8Array)) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(v)}'`);
        throw new ValueError('memoryview assignment: lvalue and rvalue have different structures');
      }
      const src = Uint8Array.from(v);
      slots.forEach((i, n) => (this[i] = src[n]!));
      return;
    }
    const i = index(k, this.length);
    if (i < 0 || i >= this.length) throw new IndexError('index out of bounds on dimension 1');
    this[i] = byte(v);
  }

  /** `with memoryview(b) as m:` releases the view at the end. */
  __enter__(): this {
    this.check();
    return this;
  }
  __exit__(): boolean {
    this.released = true;
    return false;
  }

  get nbytes(): number {
    return this.length;
  }
  get format(): string {
    return 'B';
  }
  get itemsize(): number {
    return 1;
  }
  get ndim(): number {
    return 1;
  }
  get shape(): readonly unknown[] {
    return tuple(this.length);
  }

  [pyRepr](): string {
    return `<${this.released ? 'released ' : ''}memory at ${addressOf(this)}>`;
  }
}
