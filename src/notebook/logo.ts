// The kernel's logo, drawn here so that installing needs no image files or tools: two sockets
// (white dots) joined by a connection on a blue disc, as PNG (logo-32x32, logo-64x64: what
// Jupyter Notebook and VS Code read) and SVG (JupyterLab's logo-svg).
import { crc32, deflateSync } from 'node:zlib';

export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
<circle cx="32" cy="32" r="31" fill="#1864ab"/>
<line x1="17" y1="32" x2="47" y2="32" stroke="#fff" stroke-width="5"/>
<circle cx="16" cy="32" r="9" fill="#fff"/><circle cx="48" cy="32" r="9" fill="#fff"/>
</svg>
`;

/** The logo as an RGBA PNG of size × size pixels. */
export function logoPng(size: number): Buffer {
  const s = size / 64; // the SVG's units
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const [u, v] = [(x + 0.5) / s, (y + 0.5) / s];
      const inDisc = (u - 32) ** 2 + (v - 32) ** 2 <= 31 ** 2;
      const white = (u - 16) ** 2 + (v - 32) ** 2 <= 81 || (u - 48) ** 2 + (v - 32) ** 2 <= 81 || (u >= 17 && u <= 47 && Math.abs(v - 32) <= 2.5);
      const px = white ? [255, 255, 255, 255] : inDisc ? [0x18, 0x64, 0xab, 255] : [0, 0, 0, 0];
      row.set(px, 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    _chunk('IHDR', header),
    _chunk('IDAT', deflateSync(Buffer.concat(rows))),
    _chunk('IEND', Buffer.alloc(0)),
  ]);
}

function _chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
