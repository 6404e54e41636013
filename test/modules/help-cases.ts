// The help() checks every module table gets: each entry found by value and by name (same text,
// starting with its name, with an example), and the module's own page listing them all.
import { expect, it } from 'vitest';
import { helpText } from '../../src/lang/help.ts';
import type { HelpEntry } from '../../src/lang/help-modules.ts';

/** A module by its dotted name: `concurrent.futures` is concurrent's attribute. */
const _module = (g: Record<string, unknown>, name: string): Record<string, unknown> | undefined =>
  name.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], g) as Record<string, unknown> | undefined;

export function itDocumentsModules(table: Record<string, Record<string, HelpEntry>>, globals: () => Record<string, Record<string, unknown>>): void {
  const entries = Object.entries(table).flatMap(([module, names]) => Object.keys(names).map((name) => [module, name] as const));
  it.each(entries)('documents %s.%s by value and by name', (module, name) => {
    const g = globals();
    const value = _module(g, module)![name];
    expect(value).toBeDefined();
    const byValue = helpText(value, g);
    expect(byValue).toMatch(new RegExp(`^${module}\\.${name}\\b`));
    expect(byValue).toMatch(/Example: /);
    expect(helpText(`${module}.${name}`, g)).toBe(byValue);
  });

  it.each(Object.keys(table))('lists the module %s', (module) => {
    const g = globals();
    const text = helpText(_module(g, module), g);
    expect(text.split('\n')[0]).toBe(module);
    for (const name of Object.keys(table[module]!)) expect(text).toContain(`${module}.${name}`);
  });
}
