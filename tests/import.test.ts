import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import matter from 'gray-matter';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PostArticle } from '../components/post/PostArticle';
import { mapFrontmatter } from '../lib/import/frontmatter';
import { classify } from '../lib/import/body';
import { importBlog, REPORT_FILE } from '../lib/import/index';
import { frontmatterSchema } from '../lib/content/schema';
import { buildTranslationIndex, translationProblems } from '../lib/content/translations';
import { postMetadata } from '../lib/seo/page-metadata';
import { feedAlternateTypes } from '../lib/feeds/links';
import { fakePost } from './helpers';

/** Writes `{ relative path: content }` under a fresh temporary folder. */
function tree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/** A project folder with an empty posts/, and an import of `folder` into it. */
function run(folder: string, options: { force?: boolean; dryRun?: boolean; root?: string } = {}) {
  const root = options.root ?? fs.mkdtempSync(path.join(os.tmpdir(), 'project-'));
  const postsDir = path.join(root, 'posts');
  const result = importBlog({ folder, postsDir, root, force: options.force, dryRun: options.dryRun });
  const read = (rel: string) => fs.readFileSync(path.join(postsDir, rel), 'utf8');
  return { ...result, root, postsDir, read, data: (slug: string, file = 'index.md') => matter(read(`${slug}/${file}`)).data };
}

const gatsbyPost = (fields: string, body = 'Text.\n') => `---\n${fields.trim()}\n---\n\n${body}`;

describe('frontmatter mapping', () => {
  test('Gatsby: language tag becomes lang and leaves tags; quoted dates kept; imported is set; the result passes our schema', () => {
    const mapped = mapFrontmatter({ title: 'T', date: '2020-08-20T23:02:03.284Z', tags: ['ja', 'book'], description: 'd' }, 'x');
    assert.deepEqual(mapped.fields.tags, ['book']);
    assert.equal(mapped.fields.lang, 'ja');
    assert.equal(mapped.fields.date, '2020-08-20T23:02:03.284Z');
    assert.equal(mapped.fields.imported, true);
    assert.ok(mapped.converted.some((line) => line.includes('"ja" → lang: ja')));
    assert.ok(frontmatterSchema.safeParse(mapped.fields).success);
  });

  test('unquoted YAML dates (Date objects) and non-ISO date strings become ISO strings', () => {
    const { data } = matter('---\ntitle: T\ndate: 2023-01-17\nupdated: 2023-02-01 10:00:00\n---\n', {});
    const mapped = mapFrontmatter(data, 'x');
    assert.equal(mapped.fields.date, '2023-01-17T00:00:00.000Z');
    assert.equal(mapped.fields.updated, '2023-02-01T10:00:00.000Z');
    const astro = mapFrontmatter({ title: 'T', pubDate: 'Jul 08 2022' }, 'x');
    assert.equal(astro.fields.date, '2022-07-08T00:00:00.000Z');
    assert.ok(astro.converted.includes('pubDate → date'));
  });

  test('slug, updated, draft, series and canonicalUrl map to ours; unknown fields are listed, not written', () => {
    const mapped = mapFrontmatter(
      {
        title: 'T',
        date: '2021-01-01',
        slug: '/new-name/',
        updated: '2021-02-01',
        draft: true,
        series: 'S',
        canonicalUrl: 'https://a.example/x',
        layout: 'post',
        comments: false,
      },
      'old',
    );
    assert.equal(mapped.slug, 'new-name');
    assert.equal(mapped.fields.updated, '2021-02-01');
    assert.equal(mapped.fields.draft, true);
    assert.equal(mapped.fields.series, 'S');
    assert.equal(mapped.fields.canonicalUrl, 'https://a.example/x');
    assert.deepEqual(mapped.unknown, [
      { field: 'layout', value: '"post"' },
      { field: 'comments', value: 'false' },
    ]);
    assert.equal('layout' in mapped.fields, false);
    assert.ok(frontmatterSchema.safeParse(mapped.fields).success);
  });

  test('Astro: heroImage, updatedDate, author, canonical; a missing title or date is an error', () => {
    const mapped = mapFrontmatter(
      { title: 'T', pubDate: '2022-07-08', updatedDate: '2022-07-09', heroImage: '/hero.jpg', author: 'Ann', canonical: 'https://a.example/' },
      'x',
    );
    assert.equal(mapped.fields.featuredImage, '/hero.jpg');
    assert.equal(mapped.fields.updated, '2022-07-09');
    assert.deepEqual(mapped.fields.authors, ['Ann']);
    assert.equal(mapped.fields.canonicalUrl, 'https://a.example/');
    assert.deepEqual(mapFrontmatter({ description: 'x' }, 'x').errors, ['no title in the frontmatter', 'no date in the frontmatter']);
  });
});

describe('link rewriting', () => {
  const ctx = {
    oldSlug: 'a',
    slugs: new Map([
      ['b', 'b'],
      ['old-c', 'c'],
    ]),
    siteHosts: new Set(['hippocampus-garden.com']),
    hasFile: (rel: string) => rel === 'data.csv',
  };
  test('links to the old site become in-site links (anchor kept, renamed slugs followed)', () => {
    assert.deepEqual(classify('https://hippocampus-garden.com/b/#sec', ctx), { kind: 'rewrite', url: '/b/#sec' });
    assert.deepEqual(classify('https://www.hippocampus-garden.com/old-c', ctx), { kind: 'rewrite', url: '/c/' });
    assert.deepEqual(classify('../old-c/', ctx), { kind: 'rewrite', url: '/c/' });
    assert.deepEqual(classify('/blog/b/', ctx), { kind: 'rewrite', url: '/b/' });
    assert.deepEqual(classify('/b/', ctx), { kind: 'keep' });
  });
  test("links that point nowhere are dead; external links, anchors and the post's own files are kept", () => {
    assert.equal(classify('https://hippocampus-garden.com/gone/', ctx).kind, 'dead');
    assert.equal(classify('../gone/', ctx).kind, 'dead');
    assert.equal(classify('missing.pdf', ctx).kind, 'dead');
    assert.equal(classify('data.csv', ctx).kind, 'keep');
    assert.equal(classify('https://example.com/gone/', ctx).kind, 'keep');
    assert.equal(classify('#top', ctx).kind, 'keep');
    assert.equal(classify('mailto:a@b.c', ctx).kind, 'keep');
  });
});

describe('npm run import', () => {
  const gatsby = () =>
    tree({
      'content/blog/first/index.md': gatsbyPost(
        'title: First\ndate: "2020-08-20T23:02:03.284Z"\nfeaturedImage: first/ogp.jpg\ntags: ["en", "python"]\nlayout: post',
        [
          'See [the second](https://hippocampus-garden.com/second/#part) and [an old one](https://hippocampus-garden.com/gone/).',
          'A [dead relative](../nowhere/) link and [an external](https://example.com/x).',
          '',
          '![](figure.png)',
          '',
          '<iframe width="560" height="315" src="https://www.youtube.com/embed/dR3-184rff4?start=30"></iframe>',
          '',
          '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">January 1, 2020</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
          '',
        ].join('\n'),
      ),
      'content/blog/first/ogp.jpg': 'jpg',
      'content/blog/first/figure.png': 'png',
      'content/blog/first/data/table.csv': 'a,b',
      'content/blog/second/index.md': gatsbyPost('title: Second\ndate: 2021-01-01\ntags: [en]', '## Part\n\nText.\n'),
      'content/blog/second_ja/index.md': gatsbyPost('title: 二番目\ndate: 2021-01-02\ntags: [ja]'),
    });

  test('a Gatsby blog: posts/<slug>/index.md with every file beside it, frontmatter mapped, links rewritten, report written', () => {
    const blog = gatsby();
    const { failed, read, data, postsDir, root, report } = run(blog);
    assert.equal(failed, 0);
    assert.deepEqual(fs.readdirSync(postsDir).sort(), ['first', 'second', 'second_ja']);
    assert.deepEqual(fs.readdirSync(path.join(postsDir, 'first'), { recursive: true }).map(String).sort(), [
      'data',
      'data/table.csv',
      'figure.png',
      'index.md',
      'ogp.jpg',
    ]);
    const first = data('first');
    assert.equal(first.featuredImage, 'ogp.jpg');
    assert.equal(first.lang, 'en');
    assert.deepEqual(first.tags, ['python']);
    assert.equal(first.imported, true);
    assert.equal('layout' in first, false);
    const body = read('first/index.md');
    assert.match(body, /\[the second\]\(\/second\/#part\)/);
    assert.match(body, /and an old one\./);
    assert.match(body, /A dead relative link/);
    assert.match(body, /\[an external\]\(https:\/\/example\.com\/x\)/);
    // The embeds are left for the build to make safe; the report says what it will do.
    assert.match(body, /<iframe/);
    assert.equal(fs.readFileSync(path.join(root, REPORT_FILE), 'utf8'), report);
    for (const expected of [
      'featuredImage first/ogp.jpg → ogp.jpg',
      'tag "en" → lang: en',
      'link https://hippocampus-garden.com/second/#part → /second/#part',
      'layout: "post"',
      'link to https://hippocampus-garden.com/gone/ points to no page of the imported blog: kept as text',
      'link to ../nowhere/ points to no page of the imported blog: kept as text',
      'image figure.png has no alt text',
      'YouTube video → <YouTube> facade',
      'X/Twitter blockquote → <Tweet> card',
      'script https://platform.twitter.com/widgets.js → removed',
      'translation of second_ja (inferred from the names)',
    ]) {
      assert.ok(report.includes(expected), `report mentions ${expected}\n${report}`);
    }
    // Line numbers name the line in the written file.
    const line = Number(report.match(/line (\d+): link to https:\/\/hippocampus-garden.com\/gone\//)![1]);
    assert.match(read('first/index.md').split('\n')[line - 1], /an old one/);
    assert.deepEqual(data('second').translations, ['second_ja']);
    assert.deepEqual(data('second_ja').translations, ['second']);
  });

  test('the repository root and the posts folder give the same posts', () => {
    const blog = gatsby();
    const a = run(blog);
    const b = run(path.join(blog, 'content/blog'));
    assert.equal(a.read('first/index.md'), b.read('first/index.md'));
  });

  test('importing again is a no-op; a post that differs is refused without --force and replaced with it', () => {
    const blog = gatsby();
    const first = run(blog);
    const again = run(blog, { root: first.root });
    assert.equal(again.failed, 0);
    assert.match(again.report, /## posts\/first\/index\.md \(unchanged/);
    fs.appendFileSync(path.join(blog, 'content/blog/first/index.md'), '\nMore.\n');
    fs.writeFileSync(path.join(first.postsDir, 'first', 'stale.txt'), 'x');
    const refused = run(blog, { root: first.root });
    assert.equal(refused.failed, 1);
    assert.match(refused.report, /content\/blog\/first\/index\.md: posts\/first\/ already exists and differs: not overwritten \(use --force to replace it\)/);
    assert.doesNotMatch(refused.read('first/index.md'), /More\./);
    const forced = run(blog, { root: first.root, force: true });
    assert.equal(forced.failed, 0);
    assert.match(forced.read('first/index.md'), /More\./);
    assert.equal(fs.existsSync(path.join(first.postsDir, 'first', 'stale.txt')), false);
  });

  test('--dry-run prints the report and writes nothing', () => {
    const { failed, report, postsDir, root } = run(gatsby(), { dryRun: true });
    assert.equal(failed, 0);
    assert.match(report, /^# Import report \(dry run: nothing written\)/);
    assert.match(report, /## posts\/first\/index\.md \(would write/);
    assert.deepEqual(fs.readdirSync(postsDir), []);
    assert.equal(fs.existsSync(path.join(root, REPORT_FILE)), false);
  });

  test('an Astro collection: flat <slug>.md posts, .mdx kept as .mdx, images from outside the post copied in, unknown components reported', () => {
    const blog = tree({
      'src/content/blog/hello.md': gatsbyPost("title: Hello\npubDate: 'Jul 08 2022'\nheroImage: '../../assets/hero.jpg'", '![A cat](../../assets/cat.png)\n'),
      'src/content/blog/comp.mdx': gatsbyPost('title: Comp\npubDate: 2022-07-09', 'import X from "./x"\n\n<Chart data={1} />\n'),
      'src/assets/hero.jpg': 'jpg',
      'src/assets/cat.png': 'png',
    });
    const { failed, data, read, postsDir, report } = run(blog);
    assert.equal(failed, 0);
    assert.equal(data('hello').featuredImage, 'hero.jpg');
    assert.equal(data('hello').date, '2022-07-08T00:00:00.000Z');
    assert.match(read('hello/index.md'), /!\[A cat\]\(cat\.png\)/);
    assert.deepEqual(fs.readdirSync(path.join(postsDir, 'hello')).sort(), ['cat.png', 'hero.jpg', 'index.md']);
    assert.ok(fs.existsSync(path.join(postsDir, 'comp', 'index.mdx')));
    assert.match(report, /unknown component <Chart>/);
    assert.match(report, /import\/export statement/);
  });

  test('a symlink leaving the imported folder is not followed; one inside it is copied as a file', () => {
    const outside = tree({ 'secret.txt': 'secret' });
    const blog = tree({ 'content/blog/p/index.md': gatsbyPost('title: P\ndate: 2020-01-01'), 'content/blog/p/real.png': 'png' });
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(blog, 'content/blog/p/linked.svg'));
    fs.symlinkSync(path.join(blog, 'content/blog/p/real.png'), path.join(blog, 'content/blog/p/alias.png'));
    const { postsDir, report } = run(blog);
    assert.deepEqual(fs.readdirSync(path.join(postsDir, 'p')).sort(), ['alias.png', 'index.md', 'real.png']);
    assert.equal(fs.lstatSync(path.join(postsDir, 'p', 'alias.png')).isSymbolicLink(), false);
    assert.match(report, /linked\.svg: symlink to a file outside the imported folder: not copied/);
  });

  test('a post renamed by its slug field imports again as unchanged; two posts wanting one slug are refused', () => {
    const blog = tree({
      'content/blog/a/index.md': gatsbyPost('title: A\ndate: 2020-01-01\nslug: /renamed/'),
      'content/blog/b.md': gatsbyPost('title: B\ndate: 2020-01-01\nslug: renamed'),
    });
    const first = run(blog);
    assert.equal(first.failed, 1);
    assert.match(first.report, /content\/blog\/b\.md: slug "renamed" is already used by content\/blog\/a\/index\.md/);
    assert.equal(first.data('renamed').title, 'A');
    const again = run(blog, { root: first.root });
    assert.match(again.report, /## posts\/renamed\/index\.md \(unchanged/);
  });

  test('posts it cannot import are named with the reason; the others are written', () => {
    const blog = tree({
      'content/blog/ok/index.md': gatsbyPost('title: OK\ndate: 2020-01-01'),
      'content/blog/bad/index.md': gatsbyPost('title: [unclosed'),
      'content/blog/nodate/index.md': gatsbyPost('title: No date'),
    });
    const { failed, report, postsDir } = run(blog);
    assert.equal(failed, 2);
    assert.deepEqual(fs.readdirSync(postsDir), ['ok']);
    assert.match(report, /content\/blog\/bad\/index\.md: invalid YAML in frontmatter/);
    assert.match(report, /content\/blog\/nodate\/index\.md: no date in the frontmatter/);
  });
});

describe('translations', () => {
  const en = fakePost('review', { lang: 'en', translations: ['review_ja'] });
  const ja = fakePost('review_ja', { lang: 'ja' });
  test('declared on one side, linked on both; the metadata carries hreflang alternates and keeps the feed links', () => {
    const index = buildTranslationIndex([en, ja]);
    assert.deepEqual(
      index.get('review')?.map((p) => p.slug),
      ['review_ja'],
    );
    assert.deepEqual(
      index.get('review_ja')?.map((p) => p.slug),
      ['review'],
    );
    const metadata = postMetadata(ja, index.get('review_ja'));
    assert.deepEqual(metadata.alternates?.languages, { ja: '/review_ja/', en: '/review/' });
    assert.deepEqual(metadata.alternates?.types, feedAlternateTypes());
    assert.equal(postMetadata(fakePost('alone')).alternates?.languages, undefined);
  });
  test('a post page links its translations, named in their own language; without translations there is no link', () => {
    const page = (translations: ReturnType<typeof fakePost>[]) =>
      renderToStaticMarkup(h(PostArticle, { post: en, headings: [], navigation: { series: [], related: [] }, translations, children: null }));
    assert.match(page([ja]), /<p class="translation-links">Also in <span><a href="\/review_ja\/" hrefLang="ja" lang="ja">日本語: review_ja<\/a><\/span><\/p>/);
    assert.doesNotMatch(page([]), /translation-links/);
  });
  test('the check names a translation that does not exist, has the same language or is a draft', () => {
    const bySlug = new Map([en, ja, fakePost('draft_ja', { lang: 'ja', draft: true }), fakePost('other', { lang: 'en' })].map((p) => [p.slug, p]));
    assert.deepEqual(translationProblems(fakePost('x', { translations: ['nope', 'other', 'draft_ja', 'review_ja'] }), bySlug), [
      'translations: there is no post "nope"',
      'translations: "other" is in the same language (en) as this post',
      'translations: "draft_ja" is a draft and will not be published',
    ]);
  });
});
