// `socklab lesson ID --notebook [FILE.ipynb]`: the lesson as a Jupyter notebook (nbformat 4.5).
// Markdown cells hold the lesson's text in the user's language, one code cell per step holds
// the step's code, and the first code cell opens the lesson, so running the notebook with the
// socklab kernel plays the lesson: the peer starts, and the checkpoints run after every cell.
import { randomUUID } from 'node:crypto';
import { getLang, t } from '../i18n/index.ts';
import { showLanguage } from '../lessons/languages.ts';
import { choosePorts, fillPorts } from '../lessons/ports.ts';
import type { Lesson, Text } from '../lessons/schema.ts';

interface _Cell {
  id: string;
  cell_type: 'markdown' | 'code';
  metadata: Record<string, unknown>;
  source: string;
  execution_count?: null;
  outputs?: unknown[];
}

/**
 * The notebook as JSON text. Ports are chosen now, as a REPL session would choose them
 * (the lesson's own when free): the code cells carry them as literals.
 */
export function lessonNotebook(lesson: Lesson): string {
  const ports = choosePorts(lesson.ports, 'preferred').values;
  // The cells are TypeScript, so the texts show the TypeScript form of a line first.
  const text = (x: Text) => showLanguage(fillPorts(x[getLang()], ports), 'typescript').trimEnd();
  const markdown = (source: string): _Cell => ({ id: _id(), cell_type: 'markdown', metadata: {}, source });
  const code = (source: string, metadata: Record<string, unknown> = {}): _Cell => ({ id: _id(), cell_type: 'code', metadata, source, execution_count: null, outputs: [] });
  const cells: _Cell[] = [
    markdown(`# ${text(lesson.title)}\n\n${text(lesson.intro)}\n\n*${t('notebook.lesson.howTo')}*`),
    code(`.lesson ${lesson.id}`),
  ];
  lesson.steps.forEach((step, i) => {
    cells.push(markdown(`## ${t('notebook.lesson.step', { n: i + 1, total: lesson.steps.length, title: text(step.title) })}\n\n${text(step.text)}`));
    // A step about an exception raises it on purpose: nbclient's `raises-exception` tag lets
    // the notebook run on past it (jupyter execute stops at any other error).
    const raises = step.checks.some((c) => c.kind === 'caught');
    cells.push(code(step.code.map((c) => fillPorts(c, ports).replace(/\n+$/, '')).join('\n'), raises ? { tags: ['raises-exception'] } : {}));
  });
  if (lesson.summary) cells.push(markdown(text(lesson.summary)));
  cells.push(code('.sockets\n.diagram'));
  const notebook = {
    cells,
    metadata: {
      kernelspec: { name: 'socklab', display_name: t('notebook.displayName.ts'), language: 'typescript' },
      language_info: { name: 'typescript', file_extension: '.ts', mimetype: 'text/typescript' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}

function _id(): string {
  return randomUUID().replace(/-/g, '').slice(0, 8);
}
