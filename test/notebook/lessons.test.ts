// Every lesson's notebook, TypeScript and Python, runs end to end through the kernel: the
// notebook `socklab lesson ID --notebook [--python]` writes (lessonNotebook), its code cells sent
// in order to one kernel per notebook by the test's own front end (frontend.ts), as nbclient
// runs them with no stdin. Every cell must end without an error, except a step's cell tagged
// raises-exception (its error is the lesson's point), with nothing on stderr; every step's
// checkpoints pass (✔) and the last one completes the lesson. About 1–2 s per notebook.
import { afterEach, describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/lessons/loader.ts';
import { lessonNotebook } from '../../src/notebook/lesson-notebook.ts';
import { FrontEnd } from './frontend.ts';

const opened: FrontEnd[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((f) => f.close()));
});

interface _NotebookCell {
  cell_type: string;
  source: string;
  metadata: { tags?: string[] };
}

const { lessons } = loadCourse();

describe.each(['typescript', 'python'] as const)('every lesson notebook in %s', (language) => {
  it.each(lessons.map((l) => l.id))('%s runs to "Lesson complete" with no unexpected error', async (id) => {
    const lesson = lessons.find((l) => l.id === id)!;
    const cells = (JSON.parse(lessonNotebook(lesson, language)) as { cells: _NotebookCell[] }).cells.filter((c) => c.cell_type === 'code');
    const fe = await FrontEnd.start(language === 'python' ? ['--python'] : []);
    opened.push(fe);
    const transcript: string[] = [];
    for (const [i, cell] of cells.entries()) {
      const r = await fe.run(cell.source);
      transcript.push(`--- cell ${i + 1}\n${cell.source}\n>>>\n${r.text}`);
      const raises = cell.metadata.tags?.includes('raises-exception') ?? false;
      const errors = r.outputs.filter((m) => m.header.msg_type === 'error');
      expect(errors.length > 0 ? 'error' : 'ok', `${id} (${language}) cell ${i + 1}:\n${transcript.join('\n')}`).toBe(raises ? 'error' : 'ok');
      expect(r.outputs.filter((m) => m.header.msg_type === 'stream' && m.content.name === 'stderr').map((m) => m.content.text), `${id} cell ${i + 1} stderr`).toEqual([]);
      // A step's cell (all but the first, which opens the lesson, and the last, the socket table)
      // passes its checkpoints: the kernel prints ✔ and the step's title after it.
      if (i > 0 && i < cells.length - 1) expect(r.text, `${id} (${language}) cell ${i + 1}:\n${transcript.join('\n')}`).toMatch(/✔ /);
    }
    expect(transcript.join('\n'), `${id} (${language})`).toContain('Lesson complete');
  }, 30_000);
});
