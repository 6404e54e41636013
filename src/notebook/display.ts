// Rich display for the notebook: the socket table as HTML (next to the terminal's text), and
// the connection pictures as SVG (a row of state boxes, then a sequence diagram between the
// learner's socket and the peer). Every bundle carries text/plain for front ends without HTML.
import { t } from '../i18n/index.ts';
import type { SocketSpace } from '../socket/index.ts';
import { formatSocketTable, socketRows, type SocketRow } from '../repl/sockets-table.ts';
import { connectionStories, formatDiagram, type ConnectionStory } from './diagram.ts';

/** A Jupyter MIME bundle: `text/plain` always, richer types when there are any. */
export type MimeBundle = { 'text/plain': string } & Record<string, string>;

const _ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function _escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => _ESCAPES[c]!);
}

/** `none`: what an empty table says (how to make a socket, in the cells' language). */
export function socketTableBundle(space: SocketSpace, plain: (render: () => string) => string, none?: string): MimeBundle {
  const text = plain(() => formatSocketTable(space, undefined, Infinity, none));
  const rows = socketRows(space);
  if (rows.length === 0) return { 'text/plain': text };
  const columns: Array<[keyof SocketRow, string]> = [
    ['fd', t('repl.sockets.fd')], ['kind', t('repl.sockets.kind')], ['laddr', t('repl.sockets.laddr')],
    ['raddr', t('repl.sockets.raddr')], ['state', t('repl.sockets.state')], ['kernel', t('repl.sockets.kernel')],
    ['recvQ', t('repl.sockets.recvQ')],
  ];
  const head = columns.map(([, name]) => `<th>${_escape(name)}</th>`).join('');
  const body = rows.map((r) => `<tr>${columns.map(([key]) => `<td${_cellStyle(key, r)}>${_escape(r[key])}</td>`).join('')}</tr>`).join('\n');
  const html = `<table class="socklab-sockets">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n<p style="font-size:smaller;opacity:.7">${_escape(t('repl.sockets.footer'))}</p>`;
  return { 'text/plain': text, 'text/html': html };
}

function _cellStyle(key: keyof SocketRow, r: SocketRow): string {
  if (key === 'kernel' && (r.kernel === 'TIME_WAIT' || r.kernel === 'CLOSE_WAIT')) return ' style="color:#b36b00;font-weight:bold"';
  if (key === 'kernel' && r.kernel !== '-') return ' style="color:#1a7f37"';
  if (key === 'state' && r.state === 'closed') return ' style="opacity:.6"';
  return '';
}

/** One bundle per connection (each picture its own output), or the "no connection" text. */
export function diagramBundles(space: SocketSpace): MimeBundle[] {
  const stories = connectionStories(space);
  if (stories.length === 0) return [{ 'text/plain': t('notebook.diagram.none') }];
  return stories.map((s) => {
    const svg = storySvg(s);
    // text/html too: front ends rank it above SVG, and nbconvert 6.5 strips an image/svg+xml
    // output down to its text while it keeps HTML as it is.
    return { 'text/plain': formatDiagram([s]), 'text/html': `<div class="socklab-diagram">${svg}</div>`, 'image/svg+xml': svg };
  });
}

// ---- SVG -------------------------------------------------------------------------------------

const _FONT = 'font-family="DejaVu Sans, Noto Sans CJK SC, sans-serif"';
const _BOX_W = 104;
const _BOX_H = 28;
const _GAP = 26;
const _ROW = 26;
const _LANE = 300;

const _COLOURS: Record<string, string> = {
  ESTABLISHED: '#d3f9d8', LISTEN: '#d0ebff', TIME_WAIT: '#ffe8cc', CLOSE_WAIT: '#ffe8cc', CLOSED: '#f1f3f5',
};

/** The state path as a row of boxes and, below it, the sequence of segments. */
export function storySvg(story: ConnectionStory): string {
  const parts: string[] = [];
  const perRow = 6;
  const pathRows = Math.ceil(story.states.length / perRow);
  const width = Math.max(perRow * (_BOX_W + _GAP), _LANE + 220);
  let y = 34;
  parts.push(`<text x="8" y="18" font-size="14" font-weight="bold" ${_FONT}>${_escape(story.title)}</text>`);
  story.states.forEach((state, i) => {
    const col = i % perRow;
    const row = Math.floor(i / perRow);
    const x = 8 + col * (_BOX_W + _GAP);
    const top = y + row * (_BOX_H + 14);
    parts.push(`<rect x="${x}" y="${top}" width="${_BOX_W}" height="${_BOX_H}" rx="6" fill="${_COLOURS[state] ?? '#fff3bf'}" stroke="#495057"/>`);
    parts.push(`<text x="${x + _BOX_W / 2}" y="${top + 18}" font-size="11" text-anchor="middle" ${_FONT}>${_escape(state)}</text>`);
    if (i < story.states.length - 1 && col < perRow - 1) {
      parts.push(`<line x1="${x + _BOX_W}" y1="${top + _BOX_H / 2}" x2="${x + _BOX_W + _GAP - 4}" y2="${top + _BOX_H / 2}" stroke="#495057" marker-end="url(#socklab-arrow)"/>`);
    }
  });
  y += pathRows * (_BOX_H + 14) + 10;
  if (story.segments.length > 0) {
    const left = 80;
    const right = left + _LANE;
    const top = y + 20;
    const bottom = top + story.segments.length * _ROW + 10;
    parts.push(`<text x="${left}" y="${y + 12}" font-size="12" text-anchor="middle" font-weight="bold" ${_FONT}>${_escape(t('notebook.diagram.you'))}</text>`);
    parts.push(`<text x="${right}" y="${y + 12}" font-size="12" text-anchor="middle" font-weight="bold" ${_FONT}>${_escape(t('notebook.diagram.peer'))}</text>`);
    parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#868e96" stroke-dasharray="4 3"/>`);
    parts.push(`<line x1="${right}" y1="${top}" x2="${right}" y2="${bottom}" stroke="#868e96" stroke-dasharray="4 3"/>`);
    story.segments.forEach((seg, i) => {
      const y1 = top + i * _ROW + 8;
      const y2 = y1 + _ROW - 10;
      const [x1, x2] = seg.dir === 'out' ? [left, right] : [right, left];
      const colour = /SYN|ACK|FIN/.test(seg.label) ? '#1864ab' : '#2b8a3e';
      parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2 + (seg.dir === 'out' ? -4 : 4)}" y2="${y2}" stroke="${colour}" stroke-width="1.5" marker-end="url(#socklab-arrow)"/>`);
      parts.push(`<text x="${(left + right) / 2}" y="${(y1 + y2) / 2 - 3}" font-size="11" text-anchor="middle" fill="${colour}" ${_FONT}>${_escape(seg.label)}</text>`);
    });
    y = bottom + 10;
  }
  const defs = '<defs><marker id="socklab-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#495057"/></marker></defs>';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">${defs}${parts.join('')}</svg>`;
}
