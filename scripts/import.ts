// `npm run import -- <folder> [--force] [--dry-run]`: imports a Gatsby or Astro blog into posts/.
import { parseArgs } from 'node:util';
import { POSTS_DIR } from '../lib/content/index';
import { importBlog, REPORT_FILE } from '../lib/import/index';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false } },
});

try {
  if (positionals.length !== 1) throw new Error('Usage: npm run import -- <folder> [--force] [--dry-run]');
  const { report, failed } = importBlog({ folder: positionals[0], postsDir: POSTS_DIR, root: process.cwd(), force: values.force, dryRun: values['dry-run'] });
  console.log(report);
  if (!values['dry-run']) console.log(`Report written to ${REPORT_FILE}.`);
  if (failed > 0) {
    console.error(`${failed} post(s) could not be imported (see "Not imported" above).`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
