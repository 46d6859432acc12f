// `npm run check`: validates every post without building and prints all problems at once.
import { checkContent } from '../lib/content/check';
import { formatProblem } from '../lib/content/errors';
import { POSTS_DIR } from '../lib/content/index';

const started = Date.now();
const problems = await checkContent({ postsDir: POSTS_DIR });
for (const problem of problems) console.log(`${problem.severity === 'warning' ? 'warning' : 'error  '}  ${formatProblem(problem)}`);
const errors = problems.filter((p) => p.severity !== 'warning').length;
const warnings = problems.length - errors;
console.log(`\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (checked in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = errors > 0 ? 1 : 0;
