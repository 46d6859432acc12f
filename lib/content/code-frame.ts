import fs from 'node:fs';
import path from 'node:path';
import { codeFrameColumns } from '@babel/code-frame';
import { formatProblem, type ContentProblem } from './errors';

/** A problem as `next dev` shows it: the check's own line, and a few lines of the source around it. */
export interface ShownProblem {
  /** `file:line:col  message`, exactly as `npm run check` prints it. */
  text: string;
  /** The lines around the problem, `>` at its line and `^` under its column; absent without a line. */
  frame?: string;
}

/** Lines shown above and below the problem's line. */
const CONTEXT = 2;

export function showProblem(problem: ContentProblem, root = process.cwd()): ShownProblem {
  const text = formatProblem(problem);
  if (!problem.line) return { text };
  let source: string;
  try {
    source = fs.readFileSync(path.resolve(root, problem.file), 'utf8');
  } catch {
    return { text }; // deleted since: the message alone still says where
  }
  const frame = codeFrameColumns(
    source,
    { start: { line: problem.line, column: problem.column ?? 1 } },
    { linesAbove: CONTEXT, linesBelow: CONTEXT, highlightCode: false },
  );
  return { text, frame };
}

/** Prints problems to the terminal of `next dev`: the same lines its pages show. */
export function printProblems(problems: ContentProblem[], root = process.cwd()): void {
  const lines = problems.map((problem) => showProblem(problem, root)).map(({ text, frame }) => (frame ? `${text}\n${frame}` : text));
  console.error(`Content problems (${problems.length}):\n${lines.join('\n\n')}\n`);
}
