// The REPL's side of the lessons interface, with a stand-in lessons module: commands are
// registered, afterLine() follows every line (failed ones too), typeLine() echoes and runs,
// print() writes, setPrompt() changes the prompt, .reset calls onReset(), exit calls close().
import { afterEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import type { LessonHost, LessonsModule } from '../../src/repl/lessons.ts';
import { startStreamRepl, type StreamRepl } from './harness.ts';

setColor(false);
let repl: StreamRepl | undefined;

afterEach(async () => {
  await repl?.close();
  repl = undefined;
});

function fakeLessons() {
  const calls: string[] = [];
  let host!: LessonHost;
  const module: LessonsModule = {
    attachLessons(h) {
      host = h;
      return {
        commands: {
          hint: { help: 'A hint', action: () => host.print('Hint: try harder') },
          run: { help: 'Type it', action: () => host.typeLine('x = 40 + 2\nx') },
          replay: { help: 'Type it again', action: () => host.typeLine("a1 = input('A: >> '); a2 = input('A: >> ')", ['hello B']) },
          lesson: {
            help: 'Open',
            async action(arg) {
              host.setPrompt(`${arg} 1/2 > `);
            },
          },
        },
        async afterLine() {
          calls.push(`afterLine sockets=${host.space.sockets.size}`);
        },
        async open(id) {
          calls.push(`open ${id}`);
          host.print(`Lesson ${id}`);
          host.setPrompt(`${id} 1/2 > `);
          return true;
        },
        onReset: () => {
          calls.push('onReset');
          host.print('The lesson starts again.');
        },
        close: () => void calls.push('close'),
      };
    },
    listLessons: () => 'lessons',
    checkCourse: async () => 0,
  };
  return { module, calls, host: () => host };
}

describe('lessons hook', () => {
  it('calls afterLine after every line, failed ones included', async () => {
    const lessons = fakeLessons();
    repl = await startStreamRepl({ lessons: lessons.module });
    await repl.run('s = socket.socket()');
    await repl.run('undefinedThing.x');
    expect(lessons.calls).toEqual(['afterLine sockets=1', 'afterLine sockets=1']);
  });

  it('registers the commands; typeLine echoes and evaluates; print writes', async () => {
    const lessons = fakeLessons();
    repl = await startStreamRepl({ lessons: lessons.module });
    expect(await repl.run('.hint')).toBe('Hint: try harder\n');
    repl.send('.run');
    await repl.waitFor('>>> x = 40 + 2\n... x\n42\n>>> ');
    expect(lessons.calls).toEqual(['afterLine sockets=0']);
    expect(await repl.run('x')).toBe('42\n');
  });

  it("typeLine with answers gives them to input(), then 'quit', without asking the learner", async () => {
    const lessons = fakeLessons();
    repl = await startStreamRepl({ lessons: lessons.module });
    repl.send('.replay');
    await repl.waitFor("A: >> hello B\nA: >> quit\n>>> ");
    expect(await repl.run('[a1, a2]')).toBe("['hello B', 'quit']\n");
  });

  it('opens the lesson given at start, with its prompt', async () => {
    const lessons = fakeLessons();
    repl = await startStreamRepl({ lessons: lessons.module, lesson: 'demo' }, 'demo 1/2 > ');
    expect(repl.output()).toBe('Lesson demo\ndemo 1/2 > ');
    expect(lessons.calls).toEqual(['open demo']);
  });

  it('.reset calls onReset, exit calls close', async () => {
    const lessons = fakeLessons();
    repl = await startStreamRepl({ lessons: lessons.module });
    expect(await repl.run('.reset')).toBe('All sockets closed (0); variables cleared.\nThe lesson starts again.\n');
    expect(lessons.calls).toEqual(['onReset']);
    await repl.close();
    repl = undefined;
    expect(lessons.calls).toEqual(['onReset', 'close']);
  });
});
