// `socklab lesson ID --notebook [--python] [FILE.ipynb]`: the lesson as a Jupyter notebook
// (nbformat 4.5). Markdown cells hold the lesson's text in the user's language, one code cell per
// step holds the step's code (TypeScript, or the step's `python:` for the socklab-python kernel),
// and the first code cell opens the lesson, so running the notebook plays the lesson: the peer
// starts, and the checkpoints run after every cell.
import { randomUUID } from 'node:crypto';
import { getLang, t } from '../i18n/index.ts';
import { showLanguage, stepCode } from '../lessons/languages.ts';
import { fillPorts } from '../lessons/ports.ts';
import type { Lesson, Text } from '../lessons/schema.ts';
import type { KernelLanguage } from './kernel.ts';

interface _Cell {
  id: string;
  cell_type: 'markdown' | 'code';
  metadata: Record<string, unknown>;
  source: string;
  execution_count?: null;
  outputs?: unknown[];
}

const _KERNELSPECS = {
  typescript: {
    kernelspec: { name: 'socklab', display_name: 'notebook.displayName.ts', language: 'typescript' },
    language_info: { name: 'typescript', file_extension: '.ts', mimetype: 'text/typescript' },
  },
  python: {
    kernelspec: { name: 'socklab-python', display_name: 'notebook.displayName.python', language: 'python' },
    language_info: { name: 'python', version: '3.11', file_extension: '.py', mimetype: 'text/x-python', codemirror_mode: { name: 'ipython', version: 3 }, pygments_lexer: 'ipython3', nbconvert_exporter: 'python' },
  },
} as const;

/**
 * The notebook as JSON text. The code cells keep the lesson's `{port}` placeholders: the kernel
 * chooses the ports when the notebook runs (`.lesson ID --notebook` in the first cell) and fills
 * them in as each cell runs. The markdown shows the lesson's own ports, the ones used when free.
 */
export function lessonNotebook(lesson: Lesson, language: KernelLanguage = 'typescript'): string {
  // The texts show the form of a line in the cells' language first.
  const text = (x: Text) => showLanguage(fillPorts(x[getLang()], lesson.ports), language).trimEnd();
  const markdown = (source: string): _Cell => ({ id: _id(), cell_type: 'markdown', metadata: {}, source });
  const code = (source: string, metadata: Record<string, unknown> = {}): _Cell => ({ id: _id(), cell_type: 'code', metadata, source, execution_count: null, outputs: [] });
  const names = Object.keys(lesson.ports);
  const ports = names.length === 0 ? '' : `\n\n*${t('notebook.lesson.ports', { names: names.map((n) => `\`{${n}}\``).join(', '), preferred: Object.values(lesson.ports).join(', ') })}*`;
  const cells: _Cell[] = [
    markdown(`# ${text(lesson.title)}\n\n${text(lesson.intro)}\n\n*${t('notebook.lesson.howTo')}*${ports}`),
    code(`.lesson ${lesson.id} --notebook`),
  ];
  lesson.steps.forEach((step, i) => {
    const inputs = stepCode(step, language);
    cells.push(markdown(`## ${t('notebook.lesson.step', { n: i + 1, total: lesson.steps.length, title: text(step.title) })}\n\n${text(step.text)}`));
    // A step about an exception raises it on purpose: nbclient's `raises-exception` tag lets
    // the notebook run on past it (jupyter execute stops at any other error).
    const raises = step.checks.some((c) => c.kind === 'caught');
    cells.push(code(inputs.map((c) => c.replace(/\n+$/, '')).join('\n'), raises ? { tags: ['raises-exception'] } : {}));
  });
  if (lesson.summary) cells.push(markdown(text(lesson.summary)));
  cells.push(code('.sockets\n.diagram'));
  const spec = _KERNELSPECS[language];
  const notebook = {
    cells,
    metadata: { kernelspec: { ...spec.kernelspec, display_name: t(spec.kernelspec.display_name) }, language_info: spec.language_info },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}

function _id(): string {
  return randomUUID().replace(/-/g, '').slice(0, 8);
}
