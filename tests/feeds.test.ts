import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadAllPosts, type Post } from '../lib/content/load';
import { FEED_SIZE, feedFiles } from '../lib/feeds/build';
import { parsePage } from '../lib/post-build/site-pass';
import { feedBodyHtml } from '../lib/feeds/html';
import { siteConfig } from '../site.config';
import { readAtom, readJsonFeed, readRss } from './feed-reader';
import { makePostsDir, post } from './helpers';

const TRICKY = `Attention & <Transformers> "quoted" it's ]]> done`;

function load(posts: Record<string, string>): Post[] {
  const dir = makePostsDir(posts);
  return loadAllPosts({ postsDir: dir, root: dir });
}

const posts = load({
  tricky: post(
    `title: '${TRICKY.replace(/'/g, "''")}'\ndate: 2024-03-01\ndescription: 'Uses <Paper> & friends'\ntags: ["R&D", "say \\"<hi>\\""]\nupdated: 2024-04-02`,
  ),
  older: post('title: Older post\ndate: 2023-05-01\ntags: ["R&D"]\nauthors: ["Ada Lovelace", "Alan Turing"]'),
  japanese: post('title: 深層学習の一年\ndate: 2022-12-31\nlang: ja\ntags: ["深層学習"]'),
});
/** Each body names its post, so the tests can tell which body went where. */
const body = (p: Post) => `<p>Body of ${p.slug} with <a href="${siteConfig.url}/x/">a link</a> &amp; ]]> inside.</p>`;
const files = feedFiles(posts, body);

describe('site feeds', () => {
  it('writes RSS, Atom and JSON Feed at the site root, and an RSS feed per tag', () => {
    assert.deepEqual(
      [...files.keys()].sort(),
      ['/atom.xml', '/feed.json', '/rss.xml', '/tags/rd/rss.xml', '/tags/say-hi/rss.xml', '/tags/深層学習/rss.xml'].sort(),
    );
  });

  it('RSS: valid XML with exact titles, newest first, full bodies in content:encoded', () => {
    const rss = readRss(files.get('/rss.xml')!);
    assert.equal(rss.title, siteConfig.title);
    assert.deepEqual(
      rss.items.map((i) => i.title),
      [TRICKY, 'Older post', '深層学習の一年'],
    );
    assert.deepEqual(
      rss.items.map((i) => i.link),
      ['tricky', 'older', 'japanese'].map((slug) => `${siteConfig.url}/${slug}/`),
    );
    assert.deepEqual(
      rss.items.map((i) => i.html),
      posts.map(body),
    );
    assert.equal(rss.items[0].summary, 'Uses <Paper> & friends');
    assert.deepEqual(rss.items[0].tags, ['R&D', 'say "<hi>"']);
    assert.deepEqual(rss.items[1].authors, ['Ada Lovelace', 'Alan Turing']);
    assert.equal(rss.items[0].published, '2024-03-01T00:00:00.000Z');
  });

  it('Atom: valid XML even with "<" in a tag; HTML titles show the exact title', () => {
    const atom = readAtom(files.get('/atom.xml')!);
    assert.deepEqual(
      atom.items.map((i) => i.title),
      [TRICKY, 'Older post', '深層学習の一年'],
    );
    assert.equal(atom.items[0].summary, 'Uses <Paper> & friends');
    assert.deepEqual(atom.items[0].tags, ['rd', 'say-hi']);
    assert.equal(atom.items[0].updated, '2024-04-02T00:00:00.000Z');
    assert.equal(atom.items[0].published, '2024-03-01T00:00:00.000Z');
    assert.deepEqual(
      atom.items.map((i) => i.html),
      posts.map(body),
    );
  });

  it('JSON Feed 1.1 with authors, language and the share card as image', () => {
    const json = readJsonFeed(files.get('/feed.json')!);
    assert.deepEqual(
      json.items.map((i) => i.title),
      [TRICKY, 'Older post', '深層学習の一年'],
    );
    const raw = JSON.parse(files.get('/feed.json')!);
    assert.equal(raw.items[2].language, 'ja');
    assert.equal(raw.items[0].image, `${siteConfig.url}/tricky/og.png`);
    assert.deepEqual(raw.authors, [{ name: siteConfig.author.name, url: `${siteConfig.url}/` }]);
    assert.equal(raw.feed_url, `${siteConfig.url}/feed.json`);
  });

  it('per-tag feeds hold only that tag’s posts', () => {
    assert.deepEqual(
      readRss(files.get('/tags/rd/rss.xml')!).items.map((i) => i.title),
      [TRICKY, 'Older post'],
    );
    assert.deepEqual(
      readRss(files.get('/tags/深層学習/rss.xml')!).items.map((i) => i.title),
      ['深層学習の一年'],
    );
  });

  it('the same posts give the same bytes (dates come from the posts, not the clock)', () => {
    assert.deepEqual(feedFiles(posts, body), files);
    assert.match(files.get('/rss.xml')!, /<lastBuildDate>Tue, 02 Apr 2024 00:00:00 GMT<\/lastBuildDate>/);
  });

  it(`keeps the ${FEED_SIZE} newest posts`, () => {
    const many = load(
      Object.fromEntries(Array.from({ length: FEED_SIZE + 5 }, (_, i) => [`p${i}`, post(`title: Post ${i}\ndate: 2020-01-${String(i + 1).padStart(2, '0')}`)])),
    );
    const items = readRss(feedFiles(many, body).get('/rss.xml')!).items;
    assert.equal(items.length, FEED_SIZE);
    assert.equal(items[0].title, `Post ${FEED_SIZE + 4}`);
    assert.equal(items.at(-1)!.title, 'Post 5');
  });
});

describe('feed bodies taken from the exported page', () => {
  const page = `<!DOCTYPE html><html><head><title>x</title></head><body>
    <header><a href="/">Site</a></header>
    <article class="post"><h1>Title</h1><div class="prose" data-pagefind-body>
      <h2 id="a"><a class="heading-link" href="#a">A</a></h2>
      <p><a href="/other/">root-relative</a> <a href="../up/">relative</a> <a href="https://example.org/x">external</a> <a href="mailto:a@b.c">mail</a></p>
      <figure><img src="/post/fig.0123456789.svg" alt="Figure"><figcaption>Cap</figcaption></figure>
      <figure class="figure"><div class="figure__frame" style="--figure-min-width:480px" tabindex="0" data-src="/post/inline.0123456789.svg"><svg viewBox="0 0 9 9" role="img" aria-label="An inline one"><text fill="var(--fig-1f2933)">t</text></svg></div><span class="figure__hint" aria-hidden="true"></span><figcaption>Cap 2</figcaption></figure>
      <picture><source type="image/webp" srcset="/post/shot.480.0123456789.webp 480w, shot.768.0123456789.webp 768w" sizes="44rem"><img src="/post/shot.0123456789.png" srcset="/post/shot.480.0123456789.png 480w, /post/shot.0123456789.png 1000w" alt="Shot"></picture>
      <blockquote cite="/quoted/">q</blockquote>
      <script type="application/ld+json">{"@type":"ScholarlyArticle"}</script>
      <button type="button">Copy BibTeX</button>
      <a href="https://youtube.com/watch?v=x"><span class="video__play" aria-hidden="true"><svg></svg></span><span class="visually-hidden">Play video: </span>Demo</a>
      <span class="katex"><span class="katex-mathml"><math><mi>N</mi></math></span><span class="katex-html" aria-hidden="true">N</span></span>
      <figure class="mermaid"><div class="mermaid__light"><svg><text>Light diagram</text></svg></div><div class="mermaid__dark"><svg><text>Dark diagram</text></svg></div></figure>
      <!-- a comment -->
    </div></article></body></html>`;
  const html = feedBodyHtml(parsePage('post/index.html', page).tree, `${siteConfig.url}/post/`);

  it('makes every link and image absolute', () => {
    assert.match(html, new RegExp(`href="${siteConfig.url}/post/#a"`));
    assert.match(html, new RegExp(`href="${siteConfig.url}/other/"`));
    assert.match(html, new RegExp(`href="${siteConfig.url}/up/"`));
    assert.match(html, /href="https:\/\/example\.org\/x"/);
    assert.match(html, /href="mailto:a@b\.c"/);
    assert.match(html, new RegExp(`src="${siteConfig.url}/post/fig\\.0123456789\\.svg"`));
    assert.match(html, new RegExp(`cite="${siteConfig.url}/quoted/"`));
    assert.ok(html.includes(`srcset="${siteConfig.url}/post/shot.480.0123456789.webp 480w, ${siteConfig.url}/post/shot.768.0123456789.webp 768w"`), html);
    assert.ok(html.includes(`srcset="${siteConfig.url}/post/shot.480.0123456789.png 480w, ${siteConfig.url}/post/shot.0123456789.png 1000w"`), html);
  });

  it('gives readers an inline SVG figure as its published file, named by its alt text', () => {
    assert.match(
      html,
      new RegExp(
        `<figure class="figure"><img src="${siteConfig.url}/post/inline\\.0123456789\\.svg" alt="An inline one"><figcaption>Cap 2</figcaption></figure>`,
      ),
    );
    assert.doesNotMatch(html, /<svg viewBox|figure__frame|figure__hint/);
  });

  it('keeps only the article body, without scripts, buttons, comments or parts that need the site CSS', () => {
    assert.doesNotMatch(html, /<h1|Site<\/a>|<script|<button|Copy BibTeX|<!--|Play video|aria-hidden|katex-html|Dark diagram/);
    assert.match(html, /<math><mi>N<\/mi><\/math>/);
    assert.match(html, /Light diagram/);
    assert.match(html, />Demo<\/a>/);
  });

  it('fails, naming the page, when it has no article body', () => {
    assert.throws(
      () => feedBodyHtml(parsePage('p/index.html', '<html><body><p>x</p></body></html>').tree, `${siteConfig.url}/p/`, 'out/p/index.html'),
      /^Error: out\/p\/index\.html: no <article> with a \.prose element/,
    );
  });
});
