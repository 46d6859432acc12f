import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { makeProjectCopy } from '../scripts/qa/project-copy';

// `npm run build` (scripts/build.ts) in a copy of the project with our posts, six times: a build
// of unchanged code and posts writes the same site, renders one post page and parses no page again
// (Next's build id is a hash of the code, post-build's page cache has every page); an edit renders
// again only the post pages that show it, and the site is the one a build rendering every page
// writes; a post the check rejects stops the whole build, `next build` included, before anything
// reaches out/, and leaves no process running.
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

function expectSameSite(actual: Map<string, string>, expected: Map<string, string>) {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [name, bytes] of expected) expect(actual.get(name), name).toBe(bytes);
}

/** The slugs of the public posts (drafts are not built). */
function publicSlugs(): string[] {
  return fs.readdirSync(path.join(dir, 'posts')).filter((slug) => !/^draft: true$/m.test(fs.readFileSync(path.join(dir, 'posts', slug, 'index.mdx'), 'utf8')));
}

test('a second build of the same code and posts renders one post page, parses no page and writes the very same site', () => {
  const first = build();
  expect(first.status, first.output).toBe(0);
  expect(first.output).toContain(`post pages: ${publicSlugs().length} rendered, 0 unchanged`);
  built = site();
  const second = build();
  expect(second.status, second.output).toBe(0);
  expect(second.output).toContain(`post pages: 1 rendered, ${publicSlugs().length - 1} unchanged`);
  expect(second.output).toMatch(/read-pages .* (\d+) pages read, \1 of them finished before \(\.cache\/pages\/\), 0 parsed/);
  expectSameSite(site(), built);
});

test('an edit renders again only the post pages that show it; the site is the one a full render writes', () => {
  const [edited, renamed] = publicSlugs();
  // A code block is not part of a post's text (excerpt, reading time, related posts): only its own page shows it.
  fs.appendFileSync(path.join(dir, 'posts', edited, 'index.mdx'), '\n```text\nadded by the build test\n```\n');
  const afterEdit = build();
  expect(afterEdit.status, afterEdit.output).toBe(0);
  expect(afterEdit.output).toContain(`post pages: 1 rendered, ${publicSlugs().length - 1} unchanged`);
  const edit = site();
  expect(edit.get(`${edited}/index.html`)).not.toBe(built.get(`${edited}/index.html`));
  expect(Buffer.from(edit.get(`${edited}/index.html`)!, 'base64').toString()).toContain('added by the build test');
  for (const slug of publicSlugs().filter((slug) => slug !== edited)) expect(edit.get(`${slug}/index.html`), slug).toBe(built.get(`${slug}/index.html`));

  // A new title shows on every page linking the post: those are rendered again.
  const source = path.join(dir, 'posts', renamed, 'index.mdx');
  fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace(/^title: .*$/m, 'title: Renamed by the build test'));
  const afterRename = build();
  expect(afterRename.status, afterRename.output).toBe(0);
  const rendered = Number(afterRename.output.match(/post pages: (\d+) rendered/)?.[1]);
  const linking = publicSlugs().filter((slug) =>
    Buffer.from(edit.get(`${slug}/index.html`)!, 'base64')
      .toString()
      .includes(`href="/${renamed}/"`),
  );
  expect(linking.length).toBeGreaterThan(0);
  expect(rendered).toBeGreaterThanOrEqual(new Set([renamed, ...linking]).size);
  const rename = site();
  for (const slug of linking) expect(Buffer.from(rename.get(`${slug}/index.html`)!, 'base64').toString(), slug).toContain('Renamed by the build test');

  fs.rmSync(path.join(dir, '.cache', 'rendered'), { recursive: true });
  const full = build();
  expect(full.status, full.output).toBe(0);
  expect(full.output).toContain(`post pages: ${publicSlugs().length} rendered, 0 unchanged`);
  expectSameSite(site(), rename);
  built = rename;
});

test('a post the check rejects stops next build: out/ is left as it was, no process is left running', async () => {
  test.skip(!fs.existsSync('/proc/self/cwd'), 'needs /proc');
  expect(built.size).toBeGreaterThan(0);
  fs.mkdirSync(path.join(dir, 'posts', 'broken'));
  fs.writeFileSync(path.join(dir, 'posts', 'broken', 'index.mdx'), '---\ntitle: Broken\ndate: 2024-01-01\ntgas: [x]\n---\n\nText.\n');
  const failed = build();
  expect(failed.status).not.toBe(0);
  expect(failed.output).toMatch(/posts\/broken\/index\.mdx:4:\d+ +unknown frontmatter field "tgas"/);
  expectSameSite(site(), built);
  await expect.poll(() => processesIn(fs.realpathSync(dir)), { timeout: 10_000 }).toEqual([]);
});
