// `npm run post-build [-- out] [step ...]`: after `next build`, the steps of lib/build/post-build.ts
// over the exported site, all of them or those named (e.g. `npm run feeds` runs `feeds`). One
// process for all steps: starting a process per step cost ~1.5 s each.
import path from 'node:path';
import { POSTS_DIR, visiblePosts } from '../lib/content';
import { loadAllPosts } from '../lib/content/load';
import { POST_BUILD_STEPS } from '../lib/build/post-build';

const [siteArg = 'out', ...names] = process.argv.slice(2);
const siteDir = path.resolve(siteArg);
const unknown = names.filter((name) => !POST_BUILD_STEPS.some((step) => step.name === name));
if (unknown.length > 0) throw new Error(`unknown post-build step ${unknown.join(', ')} (steps: ${POST_BUILD_STEPS.map((step) => step.name).join(', ')})`);

const posts = visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), false);
for (const step of POST_BUILD_STEPS.filter((step) => names.length === 0 || names.includes(step.name))) {
  const started = performance.now();
  try {
    const done = await step.run(siteDir, posts);
    console.log(`${step.name.padEnd(16)} ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${done}`);
  } catch (error) {
    console.error(`${step.name} failed in ${path.relative(process.cwd(), siteDir) || '.'}/:\n${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
