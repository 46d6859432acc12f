import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { makeProjectCopy } from '../scripts/qa/project-copy';

// `npm run build` (scripts/build.ts) in a copy of the project with our posts, three times: a build
// of unchanged code and posts writes the same site and parses no page again (Next's build id is a
// hash of the code, post-build's page cache has every page); a post the check rejects stops the
// whole build, `next build` included, before anything reaches out/, and leaves no process running.
test.describe.configure({ mode: 'serial', timeout: 400_000 });

let dir = '';
test.beforeAll(() => {
  dir = makeProjectCopy(process.cwd(), 'e2e-build');
  fs.cpSync('posts', path.join(dir, 'posts'), { recursive: true });
});
test.afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function build(): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Every file of out/ with its bytes. */
function site(): Map<string, string> {
  const out = path.join(dir, 'out');
  const files = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => fs.statSync(path.join(out, name)).isFile());
  return new Map(files.sort().map((name) => [name, fs.readFileSync(path.join(out, name)).toString('base64')]));
}

/** Processes whose working folder is `folder` (Linux: /proc/<pid>/cwd). */
function processesIn(folder: string): string[] {
  return fs.readdirSync('/proc').flatMap((pid) => {
    if (!/^\d+$/.test(pid)) return [];
    try {
      return fs.readlinkSync(`/proc/${pid}/cwd`) === folder ? [fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')] : [];
    } catch {
      return []; // gone meanwhile, or not ours to look at
    }
  });
}

let built = new Map<string, string>();

test('a second build of the same code and posts parses no page and writes the very same site', () => {
  const first = build();
  expect(first.status, first.output).toBe(0);
  built = site();
  const second = build();
  expect(second.status, second.output).toBe(0);
  expect(second.output).toMatch(/read-pages .* (\d+) pages read, \1 of them finished before \(\.cache\/pages\/\), 0 parsed/);
  const rebuilt = site();
  expect([...rebuilt.keys()]).toEqual([...built.keys()]);
  for (const [name, bytes] of built) expect(rebuilt.get(name), name).toBe(bytes);
});

test('a post the check rejects stops next build: out/ is left as it was, no process is left running', async () => {
  test.skip(!fs.existsSync('/proc/self/cwd'), 'needs /proc');
  expect(built.size).toBeGreaterThan(0);
  fs.mkdirSync(path.join(dir, 'posts', 'broken'));
  fs.writeFileSync(path.join(dir, 'posts', 'broken', 'index.mdx'), '---\ntitle: Broken\ndate: 2024-01-01\ntgas: [x]\n---\n\nText.\n');
  const failed = build();
  expect(failed.status).not.toBe(0);
  expect(failed.output).toMatch(/posts\/broken\/index\.mdx:4:\d+ +unknown frontmatter field "tgas"/);
  const after = site();
  expect([...after.keys()]).toEqual([...built.keys()]);
  for (const [name, bytes] of built) expect(after.get(name), name).toBe(bytes);
  await expect.poll(() => processesIn(fs.realpathSync(dir)), { timeout: 10_000 }).toEqual([]);
});
