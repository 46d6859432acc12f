// `npm run check [-- --strict]`: validates every post without building and prints all problems at
// once. Errors fail it; with --strict, warnings do too.
import { runContentCheck } from '../lib/check/check-content';
import { POSTS_DIR } from '../lib/content/index';

const { report, failed } = await runContentCheck({ postsDir: POSTS_DIR, strict: process.argv.includes('--strict') });
console.log(report);
process.exitCode = failed ? 1 : 0;
