import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from '../lib/check/check-content';
import { formatProblem } from '../lib/content/errors';
import { makePostsDir, post } from './helpers';

const root = path.join(import.meta.dirname, '..');
const postsDir = path.join(root, 'tests/fixtures/check-posts');
const dir = 'tests/fixtures/check-posts';

describe('npm run check', () => {
  it('reports every problem of every fixture post in one run, with file, line and column', async () => {
    const problems = await checkContent({ postsDir, root, now: new Date('2026-01-01') });
    assert.deepEqual(
      problems.map((p) => `${p.severity ?? 'error'} ${formatProblem(p)}`),
      [
        `error ${dir}/bad-frontmatter/index.mdx:4:1  unknown frontmatter field "tgas" (allowed: title, date, description, tags, lang, draft, updated, featuredImage, authors, series, canonicalUrl, source, license, imported, translations)`,
        `error ${dir}/bad-math/index.mdx:6:6  invalid math (KaTeX): KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{`,
        `error ${dir}/bad-paper-url/index.mdx:6:1  <Paper paper="ftp://example.com/p.pdf"> must be an http(s) URL`,
        `error ${dir}/bad-youtube/index.mdx:6:1  <YouTube id="abc"> is not a valid YouTube id (11 characters of A-Z, a-z, 0-9, _ and -)`,
        `error ${dir}/broken-anchor/index.mdx:6:5  link to /good/#no-such-heading: ${dir}/good/index.mdx has no heading or element with id "no-such-heading"`,
        `error ${dir}/broken-link/index.mdx:6:5  link to /no-such-post/: there is no post "no-such-post"`,
        `warning ${dir}/future-date/index.mdx:3:1  date 2999-01-01 is in the future: the post is published with that date`,
        `error ${dir}/link-to-draft/index.mdx:6:5  link to /a-draft/: "a-draft" is a draft and will not be published`,
        `error ${dir}/mdx-syntax/index.mdx:8:12  Unexpected end of file in name, expected a name character such as letters, digits, \`$\`, or \`_\`; whitespace before attributes; or the end of the tag`,
        `error ${dir}/missing-alt/index.mdx:6:1  image "diagram.svg" has no alt text: write ![what the image shows](diagram.svg)`,
        `error ${dir}/missing-image/index.mdx:8:1  image not found: "nope.png" (looked in ${dir}/missing-image/)`,
        `error ${dir}/paper-expression/index.mdx:6:1  <Paper title={…}>: write title="..." as plain text so the papers index can read it`,
        `error ${dir}/unknown-component/index.mdx:6:1  unknown component <Papr> (available: <Embed>, <Figure>, <Paper>, <Tweet>, <YouTube>)`,
      ],
    );
  });

  it('finds nothing wrong with the real posts', async () => {
    const problems = await checkContent({ postsDir: path.join(root, 'posts'), root });
    assert.deepEqual(problems.map(formatProblem), []);
  });
});

describe('npm run check: the site as a whole', () => {
  const check = (posts: Record<string, string>) => {
    const dir = makePostsDir(posts);
    return checkContent({ postsDir: dir, root: dir, appDir: path.join(root, 'app') }).then((problems) => problems.map(formatProblem));
  };

  it('refuses a site where every post is a draft, instead of failing inside next build', async () => {
    assert.deepEqual(await check({ a: post('title: A\ndate: 2023-01-01\ntags: [x]\ndraft: true') }), [
      '.  nothing to publish: there is no post, or every post is a draft (set draft: false on at least one)',
    ]);
  });

  it('accepts a site where no published post has a tag (an imported blog may have none: tag pages are then left out)', async () => {
    assert.deepEqual(await check({ a: post('title: A\ndate: 2023-01-01'), b: post('title: B\ndate: 2023-01-01\ntags: [x]\ndraft: true') }), []);
  });

  it('names a translation that is not a post, with the line of the field', async () => {
    assert.deepEqual(await check({ a: post('title: A\ndate: 2023-01-01\ntags: [x]\ntranslations: [a_ja]') }), [
      'a/index.mdx:5:1  translations: there is no post "a_ja"',
    ]);
  });

  it('refuses a post folder named like a site page', async () => {
    assert.deepEqual(await check({ tags: post('title: A\ndate: 2023-01-01\ntags: [x]') }), [
      'tags/index.mdx  folder name "tags" clashes with the site page /tags/: rename the folder',
    ]);
  });
});
