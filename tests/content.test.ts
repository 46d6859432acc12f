import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ContentError } from '../lib/content/errors';
import { visiblePosts } from '../lib/content/index';
import { loadAllPosts } from '../lib/content/load';
import { excerpt, readingMinutes } from '../lib/content/text';
import { makePostsDir, post } from './helpers';

function load(posts: Record<string, string>) {
  const dir = makePostsDir(posts);
  return loadAllPosts({ postsDir: dir, root: dir });
}

function problemsOf(posts: Record<string, string>): string[] {
  try {
    load(posts);
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return error.message
      .split('\n')
      .slice(1)
      .map((line) => line.trim());
  }
  assert.fail('expected a ContentError');
}

describe('frontmatter schema', () => {
  it('fills defaults and normalises dates to ISO in UTC', () => {
    const [p] = load({ hello: post('title: Hello\ndate: 2023-01-17') });
    assert.equal(p.slug, 'hello');
    assert.equal(p.date, '2023-01-17T00:00:00.000Z');
    assert.equal(p.lang, 'en');
    assert.equal(p.draft, false);
    assert.deepEqual(p.tags, []);
    assert.deepEqual(p.authors, ['Shion Honda']);
  });

  it('accepts quoted datetimes and YAML dates alike', () => {
    const posts = load({
      quoted: post('title: A\ndate: "2023-01-17T22:01:03.284Z"'),
      unquoted: post('title: B\ndate: 2023-01-17T22:01:03.284Z'),
    });
    assert.deepEqual(
      posts.map((p) => p.date),
      ['2023-01-17T22:01:03.284Z', '2023-01-17T22:01:03.284Z'],
    );
  });

  it('rejects a missing title, naming the file and the field', () => {
    assert.deepEqual(problemsOf({ untitled: post('date: 2023-01-17') }), ['untitled/index.mdx  frontmatter field "title" is required']);
  });

  it('rejects an empty title', () => {
    assert.deepEqual(problemsOf({ empty: post('title: ""\ndate: 2023-01-17') }), ['empty/index.mdx:2:1  frontmatter field "title" must not be empty']);
  });

  it('rejects a missing or invalid date', () => {
    assert.deepEqual(problemsOf({ nodate: post('title: A') }), ['nodate/index.mdx  frontmatter field "date" is required']);
    const [message] = problemsOf({ baddate: post('title: A\ndate: "17/01/2023"') });
    assert.match(message, /^baddate\/index\.mdx:3:1 {2}frontmatter field "date" must be an ISO date/);
  });

  it('rejects unknown fields so typos do not pass silently', () => {
    const [message] = problemsOf({ typo: post('title: A\ndate: 2023-01-17\ntgas: [a]') });
    assert.match(message, /^typo\/index\.mdx:4:1 {2}unknown frontmatter field "tgas" \(allowed: title, date, /);
  });

  it('rejects a language other than en or ja', () => {
    assert.deepEqual(problemsOf({ fr: post('title: A\ndate: 2023-01-17\nlang: fr') }), ['fr/index.mdx:4:1  frontmatter field "lang" must be one of en, ja']);
  });

  it('reports invalid YAML with its line in the file', () => {
    const [message] = problemsOf({ yaml: '---\ntitle: A\ndate: 2023-01-17\ntags: [a, b\n---\nBody\n' });
    assert.match(message, /^yaml\/index\.mdx:\d+:\d+ {2}invalid YAML in frontmatter: /);
  });

  it('rejects two posts whose slugs collide', () => {
    const messages = problemsOf({ Hello: post('title: A\ndate: 2023-01-17'), hello: post('title: B\ndate: 2023-01-18') });
    assert.equal(messages.length, 1);
    assert.match(messages[0], /duplicate slug "(hello|Hello)": (Hello|hello)\/index\.mdx already uses it/);
  });

  it('rejects a featuredImage that does not exist', () => {
    assert.deepEqual(problemsOf({ pic: post('title: A\ndate: 2023-01-17\nfeaturedImage: cover.png') }), [
      'pic/index.mdx  frontmatter field "featuredImage": file not found: cover.png (paths are relative to the post folder)',
    ]);
  });

  it('lists every problem of every post in one error', () => {
    const messages = problemsOf({ one: post('date: 2023-01-17'), two: post('title: B') });
    assert.equal(messages.length, 2);
  });
});

describe('sorting and drafts', () => {
  const posts = load({
    old: post('title: Old\ndate: 2021-05-01'),
    new: post('title: New\ndate: 2024-01-27T22:01:03Z'),
    mid: post('title: Mid\ndate: 2023-01-17\ndraft: true'),
  });

  it('sorts newest first', () => {
    assert.deepEqual(
      posts.map((p) => p.slug),
      ['new', 'mid', 'old'],
    );
  });

  it('hides drafts unless drafts are shown', () => {
    assert.deepEqual(
      visiblePosts(posts, false).map((p) => p.slug),
      ['new', 'old'],
    );
    assert.deepEqual(
      visiblePosts(posts, true).map((p) => p.slug),
      ['new', 'mid', 'old'],
    );
  });
});

describe('reading time and excerpt', () => {
  it('counts ~220 English words per minute', () => {
    assert.equal(readingMinutes('word '.repeat(220)), 1);
    assert.equal(readingMinutes('word '.repeat(1100)), 5);
  });

  it('counts ~500 Japanese characters per minute', () => {
    assert.equal(readingMinutes('あ'.repeat(1500)), 3);
  });

  it('never says 0 minutes', () => {
    assert.equal(readingMinutes(''), 1);
  });

  it('takes the text from the compile: prose as rendered, no code, math source, props or footnote marks', () => {
    const body = [
      'Hello [world](https://example.com), with `inline code` and $E = mc^2$ inline.[^1]',
      '<Paper title="Not prose" authors="A, B" paper="https://arxiv.org/abs/2401.00001" />',
      '```js\nconst hidden = 1;\n```',
      '$$\n\\int_0^1 x\\,dx\n$$',
      '<Tweet author="A" handle="a" date="2024-01-17" url="https://x.com/a/status/1">Quoted words.</Tweet>',
      'export const meta = { hidden: true };',
      'Last {1 + 1} line.',
      '[^1]: A note.',
    ].join('\n\n');
    const [p] = load({ mdx: post('title: A\ndate: 2023-01-17', `${body}\n`) });
    assert.equal(p.text, 'Hello world, with inline code and inline. Quoted words. Last line. A note.');
    assert.equal(p.excerpt, p.text);
  });

  it("takes a Markdown post's text from its compile: HTML tags and comments are not prose, their text is", () => {
    const dir = makePostsDir({});
    fs.mkdirSync(path.join(dir, 'md'));
    fs.writeFileSync(
      path.join(dir, 'md', 'index.md'),
      post('title: A\ndate: 2023-01-17', '<div align="center"><small>Caption</small></div>\n\n<!-- a note to self -->\n\nSome *words*.\n'),
    );
    const [p] = loadAllPosts({ postsDir: dir, root: dir });
    assert.equal(p.text, 'Caption Some words.');
  });

  it('cuts excerpts at a word boundary', () => {
    const cut = excerpt('alpha beta gamma delta', 'en', 14);
    assert.equal(cut, 'alpha beta…');
  });

  it('uses the description as the excerpt when there is one', () => {
    const [p] = load({ d: post('title: A\ndate: 2023-01-17\ndescription: Short.', 'Long body text.') });
    assert.equal(p.excerpt, 'Short.');
  });
});

describe('frontmatter type errors', () => {
  it('says a present field has the wrong type instead of calling it missing', () => {
    const [message] = problemsOf({ num: post('title: 42\ndate: 2023-01-17') });
    assert.equal(message, 'num/index.mdx:2:1  frontmatter field "title" must be text');
  });
});
