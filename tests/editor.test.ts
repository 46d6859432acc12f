// What `next dev` adds for editors: the watch behind live reload, the problems page's code frames
// and compile problems, and the in-memory search index.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { printProblems, showProblem } from '../lib/content/code-frame';
import { reloadOnChange, watchPosts, type PostsChange } from '../lib/content/watch';
import { compilePost } from '../lib/mdx/compile-post.mjs';
import { buildMemoryIndex, pagefindFileType } from '../lib/search/dev-index';
import { fakePost, makePostsDir, post } from './helpers';

/** Resolves with the next change reported under `dir`, after `act`. */
function nextChange(dir: string, act: () => void): Promise<PostsChange[]> {
  return new Promise((resolve) => {
    const changes: PostsChange[] = [];
    const stop = watchPosts(dir, (change) => changes.push(change), 40);
    act();
    // Longer than the debounce: a burst must have come as one report by then.
    setTimeout(() => {
      stop();
      resolve(changes);
    }, 400);
  });
}

describe('posts watch (live reload)', () => {
  it('reports a burst of saves to one post once, naming its folder', async () => {
    const dir = makePostsDir({ first: post('title: First\ndate: 2024-01-01'), second: post('title: Second\ndate: 2024-01-02') });
    const changes = await nextChange(dir, () => {
      // An editor's save: a temporary file renamed over the post, then an image beside it.
      fs.writeFileSync(path.join(dir, 'first', '.index.mdx.tmp'), post('title: Edited\ndate: 2024-01-01'));
      fs.renameSync(path.join(dir, 'first', '.index.mdx.tmp'), path.join(dir, 'first', 'index.md'));
      fs.writeFileSync(path.join(dir, 'first', 'plot.png'), 'not really a png');
    });
    assert.deepEqual(changes, [{ slugs: ['first'] }]);
  });

  it('reports new and removed folders', async () => {
    const dir = makePostsDir({ first: post('title: First\ndate: 2024-01-01') });
    const added = await nextChange(dir, () => fs.mkdirSync(path.join(dir, 'added')));
    assert.deepEqual(added, [{ slugs: ['added'] }]);
    const removed = await nextChange(dir, () => fs.rmSync(path.join(dir, 'first'), { recursive: true }));
    assert.deepEqual(removed, [{ slugs: ['first'] }]);
  });

  it('shares one watch between listeners and stops with the last one', async () => {
    const dir = makePostsDir({ first: post('title: First\ndate: 2024-01-01') });
    const seen: string[] = [];
    const stopA = watchPosts(dir, () => seen.push('a'));
    const stopB = watchPosts(dir, () => seen.push('b'));
    fs.writeFileSync(path.join(dir, 'first', 'index.mdx'), post('title: Again\ndate: 2024-01-01'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(seen.sort(), ['a', 'b']);
    stopA();
    stopB();
    fs.writeFileSync(path.join(dir, 'first', 'index.mdx'), post('title: Unheard\ndate: 2024-01-01'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(seen.sort(), ['a', 'b']);
  });
});

describe('posts listed once per change (next dev)', () => {
  it('lists posts/ again only after something under it changed, at once after a save', async () => {
    const dir = makePostsDir({ first: post('title: First\ndate: 2024-01-01') });
    let listings = 0;
    const { current: posts, stop } = reloadOnChange(dir, () => ++listings);
    assert.equal(posts(), 1);
    assert.equal(posts(), 1, 'nothing changed: the last listing is reused');
    fs.writeFileSync(path.join(dir, 'first', 'index.mdx'), post('title: Edited\ndate: 2024-01-01'));
    // The kernel's event, not the live-reload debounce, is what the next call waits for.
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(posts(), 2);
    fs.mkdirSync(path.join(dir, 'added'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(posts(), 3, 'a new folder is a change too');
    assert.equal(posts(), 3);
    stop();
  });
});

describe('problems page (next dev)', () => {
  it("shows the check's line and the source around it, the problem marked", () => {
    const dir = makePostsDir({ a: post('title: A\ndate: soon\ntags: []') });
    const shown = showProblem({ file: 'a/index.mdx', line: 3, column: 1, message: 'frontmatter field "date" must be an ISO date' }, dir);
    assert.equal(shown.text, 'a/index.mdx:3:1  frontmatter field "date" must be an ISO date');
    assert.deepEqual(shown.frame?.split('\n'), ['  1 | ---', '  2 | title: A', '> 3 | date: soon', '    | ^', '  4 | tags: []', '  5 | ---']);
  });

  it('shows a problem without a line, or of a deleted file, by its message alone', () => {
    assert.deepEqual(showProblem({ file: 'a', message: 'post folder has no index.mdx' }), { text: 'a  post folder has no index.mdx' });
    assert.deepEqual(showProblem({ file: 'gone/index.mdx', line: 2, message: 'x' }, '/nonexistent'), { text: 'gone/index.mdx:2:1  x' });
  });

  it("gets every problem of a post that does not compile from the page's own compile, worded as the check words them", async () => {
    const dir = makePostsDir({ a: post('title: A\ndate: 2024-01-01', '![No alt](missing.png)\n\n<YouTube id="short" title="A video" />\n') });
    const file = path.join(dir, 'a', 'index.mdx');
    const error = await compilePost(file, { media: 'dev' }).then(
      () => assert.fail('expected the compile to fail'),
      (thrown: { problems?: { line?: number; message: string }[] }) => thrown,
    );
    const problems = error.problems ?? [];
    assert.deepEqual(
      problems.map((problem) => problem.line),
      [6, 8],
    );
    assert.match(problems.map((problem) => problem.message).join('\n'), /missing\.png[\s\S]*YouTube id/);
  });

  it("lists the <Paper> props the papers index cannot read among the compile's problems, as npm run check does", async () => {
    const dir = makePostsDir({ a: post('title: A\ndate: 2024-01-01', '<Paper title={"x"} authors="A" paper="https://arxiv.org/abs/2401.00001" />\n') });
    const error = await compilePost(path.join(dir, 'a', 'index.mdx'), { media: 'dev' }).then(
      () => assert.fail('expected the compile to fail'),
      (thrown: { problems?: { line?: number; message: string }[] }) => thrown,
    );
    assert.deepEqual(
      error.problems?.map((problem) => `${problem.line} ${problem.message}`),
      ['6 <Paper title={…}>: write title="..." as plain text so the papers index can read it'],
    );
  });
});

describe('search index in memory (next dev)', () => {
  it("builds pagefind's bundle for the posts as they are, one page per post", async () => {
    const posts = [
      fakePost('one', { title: 'First post', text: 'About attention.', tags: ['nlp'] }),
      fakePost('two', { title: 'Second', text: 'About diffusion.', draft: true }),
    ];
    const files = await buildMemoryIndex(posts, 'en');
    assert.ok(files.has('pagefind.js'));
    const entry = JSON.parse(Buffer.from(files.get('pagefind-entry.json')!).toString()) as { languages: Record<string, { page_count: number }> };
    assert.equal(
      Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0),
      2,
    );
    assert.ok(
      [...files.keys()].some((name) => name.startsWith('filter/')),
      'tag and language filters are written',
    );
    assert.equal(pagefindFileType('pagefind.js'), 'text/javascript');
    assert.equal(pagefindFileType('fragment/en_1a2b.pf_fragment'), 'application/octet-stream');
  });
});

describe('problems in the terminal (next dev)', () => {
  it("prints the lines the page shows: the check's line, then its code frame", (t) => {
    const dir = makePostsDir({ a: post('title: A\ndate: soon') });
    const printed: string[] = [];
    t.mock.method(console, 'error', (text: string) => printed.push(text));
    printProblems(
      [
        { file: 'a/index.mdx', line: 3, column: 1, message: 'bad date' },
        { file: 'b', message: 'post folder has no index.mdx' },
      ],
      dir,
    );
    const shown = showProblem({ file: 'a/index.mdx', line: 3, column: 1, message: 'bad date' }, dir);
    assert.equal(printed.join('\n'), `Content problems (2):\n${shown.text}\n${shown.frame}\n\nb  post folder has no index.mdx\n`);
  });
});
