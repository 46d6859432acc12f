import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { makeProjectCopy } from '../scripts/qa/project-copy';
import { run } from '../scripts/qa/processes';

// `npm run build` starts `next build` beside the content check (scripts/build.ts); its page workers
// wait for the check. A post the check rejects must stop the whole build before anything reaches
// out/, with the check's report, and leave no process of it running.
test.describe.configure({ timeout: 300_000 });

/** Processes whose working folder is `dir` (Linux: /proc/<pid>/cwd). */
function processesIn(dir: string): string[] {
  return fs.readdirSync('/proc').flatMap((pid) => {
    if (!/^\d+$/.test(pid)) return [];
    try {
      return fs.readlinkSync(`/proc/${pid}/cwd`) === dir ? [fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')] : [];
    } catch {
      return []; // gone meanwhile, or not ours to look at
    }
  });
}

test('a post the check rejects stops next build: out/ is left as it was, no process is left running', async () => {
  test.skip(!fs.existsSync('/proc/self/cwd'), 'needs /proc');
  const dir = makeProjectCopy(process.cwd(), 'e2e-build-fails');
  try {
    fs.cpSync('posts', path.join(dir, 'posts'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'posts', 'broken'));
    fs.writeFileSync(path.join(dir, 'posts', 'broken', 'index.mdx'), '---\ntitle: Broken\ndate: 2024-01-01\ntgas: [x]\n---\n\nText.\n');
    fs.mkdirSync(path.join(dir, 'out'));
    fs.writeFileSync(path.join(dir, 'out', 'index.html'), 'the site as it was');

    const failure = await run('npm', ['run', 'build'], dir, { ...process.env, NODE_ENV: 'production' }).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/posts\/broken\/index\.mdx:4:\d+ +unknown frontmatter field "tgas"/);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).toBe('the site as it was');
    await expect.poll(() => processesIn(fs.realpathSync(dir)), { timeout: 10_000 }).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
