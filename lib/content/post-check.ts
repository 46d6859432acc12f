import type { ContentProblem } from './errors';
import { extractPapers } from './papers-index';

/**
 * What the content check reports about one post once it was compiled: the compile's problems and,
 * when it compiles, the <Paper> props the papers index cannot read from the source. Shared by
 * `npm run check` and the error page of `next dev`.
 */
export function compiledPostProblems(compile: ContentProblem[], source: string, file: string): ContentProblem[] {
  // A post that does not compile has its syntax error already.
  if (!compile.every((problem) => problem.severity === 'warning')) return compile;
  return [...compile, ...extractPapers(source, file).problems];
}
