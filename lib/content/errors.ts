/** One problem in one content file; `line`/`column` are 1-based when known. */
export interface ContentProblem {
  file: string;
  message: string;
  line?: number;
  column?: number;
  severity?: 'error' | 'warning';
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line
    ? `${problem.file}:${problem.line}:${problem.column ?? 1}`
    : problem.file;
  return `${where}  ${problem.message}`;
}

/** Thrown when content is invalid; the message lists every problem so one run shows them all. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
    this.name = 'ContentError';
  }
}
