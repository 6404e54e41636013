// Medians and spreads over repetitions; a failed repetition is null and does not count.

export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** (max - min) / median, the noise of a set of repetitions; null with fewer than two. */
export function spread(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  const m = median(xs);
  if (xs.length < 2 || !m) return null;
  return (Math.max(...xs) - Math.min(...xs)) / Math.abs(m);
}

export function ratio(a, b) {
  return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : null;
}

/** Collects samples per key and notes for one benchmark. */
export class Samples {
  constructor() {
    this.samples = {};
    this.notes = [];
  }

  add(key, value) {
    (this.samples[key] ??= []).push(value ?? null);
  }

  note(text) {
    if (!this.notes.includes(text)) this.notes.push(text);
  }
}
