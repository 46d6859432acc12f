// How a failed compile becomes content problems, attached by compilePost (compile-post.mjs) to
// its error, so `npm run check` and the pages of `next dev` report the same lines.
import { WARNING } from './post-file.mjs';

/**
 * Every problem of a post whose compile failed with `error`: the messages the pipeline's own
 * plugins and KaTeX left on the file (they report every problem, then fail once), or else the
 * error itself (an MDX syntax error).
 * @param {import('vfile').VFile} vfile the file that was compiled
 * @param {unknown} error what compile threw
 * @param {string} file the path problems are reported under
 * @returns {import('../content/errors').ContentProblem[]}
 */
export function compileProblems(vfile, error, file) {
  // Warnings are listed apart (they do not stop the compile).
  const own = vfile.messages.filter((m) => m.source === 'blog' && m.ruleId !== 'summary' && m.ruleId !== 'math' && m.ruleId !== WARNING);
  const math = vfile.messages.filter((m) => m.source === 'rehype-katex');
  /** @type {{ reason?: string, message?: string, line?: number | null, column?: number | null, source?: string | null, cause?: unknown }[]} */
  const reported = own.length + math.length > 0 ? [...own, ...math] : [/** @type {never} */ (error)];
  return reported.map((m) => ({
    file,
    line: m.line ?? undefined,
    column: m.column ?? undefined,
    message:
      m.source === 'rehype-katex'
        ? `invalid math (KaTeX): ${/** @type {Error | undefined} */ (m.cause)?.message ?? m.reason}`
        : (m.reason ?? String(m.message)),
  }));
}
