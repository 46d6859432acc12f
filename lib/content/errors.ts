/** One problem in one content file; `line`/`column` are 1-based when known. */
export interface ContentProblem {
  file: string;
  message: string;
  line?: number;
  column?: number;
  severity?: 'error' | 'warning';
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  return `${where}  ${problem.message}`;
}

/** Thrown when content is invalid; the message lists every problem so one run shows them all. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map((p) => '  ' + formatProblem(p)).join('\n'));
    this.name = 'ContentError';
  }
}

/**
 * What `npm run check` prints and whether it fails: errors fail it; warnings (sanitised HTML,
 * missing alt text in imported posts, future dates…) are listed and fail it only when `strict`.
 */
export function checkReport(problems: ContentProblem[], { strict = false } = {}): { lines: string[]; failed: boolean } {
  const lines = problems.map((p) => `${p.severity === 'warning' ? 'warning' : 'error  '}  ${formatProblem(p)}`);
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const errors = problems.length - warnings;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push('', `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${strict && warnings > 0 ? ' (--strict: warnings fail the check)' : ''}`);
  return { lines, failed: errors > 0 || (strict && warnings > 0) };
}
