// Messages about the lessons' two languages (src/lessons/languages.ts, the loader's `python:`,
// the linter running every step in TypeScript and in Python, the language a lesson resumes in).
export const lessonsPython = () => ({
  'lessons.load.noPython': "{where} has no python — add python: with the step as the tutorial writes it in Python (addresses as tuples: s.bind(('', {port})))",
  'lessons.load.badPython': '{where}: python: should be the Python to type (python: | for several lines; a compound statement ends at the next unindented or empty line) or a list of inputs',
  'lessons.where.stepIn': 'step {n} ({id}, {language})',
  'lessons.lint.summaryPython': 'the {lang} summary shows a Python program that socklab run would reject ({why}), starting `{first}` — fix it as python3 would run it',
  'lessons.lang.pair': '`{mine}` ({language}: `{other}`)',
  'lessons.lang.restored': 'You took this lesson in {language} last time, so it goes on in {language} ({switch} switches).',
}) as const;
