// `npm run check [-- --strict]`: validates every post without building and prints all problems at
// once. Errors fail it; with --strict, warnings do too.
import { checkContent } from '../lib/check/check-content';
import { checkReport } from '../lib/content/errors';
import { POSTS_DIR } from '../lib/content/index';

const started = Date.now();
const { lines, failed } = checkReport(await checkContent({ postsDir: POSTS_DIR }), { strict: process.argv.includes('--strict') });
lines[lines.length - 1] += ` (checked in ${((Date.now() - started) / 1000).toFixed(1)} s)`;
console.log(lines.join('\n'));
process.exitCode = failed ? 1 : 0;
