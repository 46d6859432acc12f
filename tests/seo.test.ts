import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadAllPosts } from '../lib/content/load';
import { feedAlternateTypes } from '../lib/feeds/links';
import { postMetadata, siteMetadata } from '../lib/seo/page-metadata';
import { jsonLdScript } from '../lib/content/papers';
import { absoluteUrl, sitePages } from '../lib/urls/site-pages';
import { blogPostingJsonLd, breadcrumbJsonLd, websiteJsonLd } from '../lib/seo/structured-data';
import { siteConfig } from '../site.config';
import { makePostsDir, post } from './helpers';

const dir = makePostsDir({
  edited: post(
    'title: "Edited </script> post"\ndate: 2024-01-10\nupdated: 2024-06-01\ntags: ["deep-learning", "NLP"]\nlang: ja\nsource: https://example.org/original',
  ),
  plain: post('title: Plain\ndate: 2024-03-01\nauthors: ["Someone Else"]'),
});
const [plain, edited] = loadAllPosts({ postsDir: dir, root: dir });
const site = siteConfig.url;

describe('site pages', () => {
  it('lists every public page: home, list pages, posts, tags, languages and the static pages and search, with last changes', () => {
    assert.deepEqual(sitePages([plain, edited]), [
      { path: '/', lastModified: '2024-06-01T00:00:00.000Z' },
      { path: '/plain/', lastModified: '2024-03-01T00:00:00.000Z' },
      { path: '/edited/', lastModified: '2024-06-01T00:00:00.000Z' },
      { path: '/tags/', lastModified: '2024-06-01T00:00:00.000Z' },
      { path: '/tags/deep-learning/', lastModified: '2024-06-01T00:00:00.000Z' },
      { path: '/tags/nlp/', lastModified: '2024-06-01T00:00:00.000Z' },
      { path: '/language/en/', lastModified: '2024-03-01T00:00:00.000Z' },
      { path: '/language/ja/', lastModified: '2024-06-01T00:00:00.000Z' },
      { path: '/papers/', lastModified: '2024-06-01T00:00:00.000Z' },
      { path: '/about/' },
      { path: '/privacy-policy/' },
      { path: '/search/' },
    ]);
  });

  it('adds /page/N/ for every list page after the first', () => {
    const many = Array.from({ length: 21 }, () => plain);
    assert.deepEqual(
      sitePages(many)
        .filter((p) => p.path.startsWith('/page/'))
        .map((p) => p.path),
      ['/page/2/', '/page/3/'],
    );
  });

  it('absolute URLs percent-encode what URLs cannot hold', () => {
    assert.equal(absoluteUrl('/tags/機械学習/'), `${site}/tags/%E6%A9%9F%E6%A2%B0%E5%AD%A6%E7%BF%92/`);
  });
});

describe('structured data', () => {
  it('BlogPosting: dates, authors, share card, keywords, language and absolute URLs', () => {
    const data = blogPostingJsonLd(edited);
    assert.equal(data['@type'], 'BlogPosting');
    assert.equal(data.headline, 'Edited </script> post');
    assert.equal(data.datePublished, '2024-01-10T00:00:00.000Z');
    assert.equal(data.dateModified, '2024-06-01T00:00:00.000Z');
    assert.deepEqual(data.author, [{ '@type': 'Person', name: siteConfig.author.name, url: `${site}/` }]);
    assert.equal(data.image, `${site}/edited/og.png`);
    assert.deepEqual(data.keywords, ['deep-learning', 'NLP']);
    assert.equal(data.inLanguage, 'ja');
    assert.equal(data.url, `${site}/edited/`);
    assert.deepEqual(data.mainEntityOfPage, { '@type': 'WebPage', '@id': `${site}/edited/` });
    assert.equal(data.isBasedOn, 'https://example.org/original');
    assert.equal(blogPostingJsonLd(plain).dateModified, blogPostingJsonLd(plain).datePublished);
    assert.deepEqual(blogPostingJsonLd(plain).author, [{ '@type': 'Person', name: 'Someone Else' }]);
  });

  it('BreadcrumbList: Home › post', () => {
    assert.deepEqual(breadcrumbJsonLd(plain).itemListElement, [
      { '@type': 'ListItem', position: 1, name: siteConfig.title, item: `${site}/` },
      { '@type': 'ListItem', position: 2, name: 'Plain', item: `${site}/plain/` },
    ]);
  });

  it('WebSite for the home page', () => {
    assert.deepEqual(
      { type: websiteJsonLd()['@type'], name: websiteJsonLd().name, url: websiteJsonLd().url },
      { type: 'WebSite', name: siteConfig.title, url: `${site}/` },
    );
  });

  it('a title cannot close the script element', () => {
    const script = jsonLdScript(blogPostingJsonLd(edited));
    assert.doesNotMatch(script, /<\/script/i);
    assert.equal((JSON.parse(script) as { headline: string }).headline, 'Edited </script> post');
  });
});

describe('page metadata', () => {
  it('posts: Open Graph article with dates and tags, the post’s own card, X large card, feeds', () => {
    const meta = postMetadata(edited);
    const og = meta.openGraph as Record<string, unknown>;
    assert.equal(og.type, 'article');
    assert.equal(og.url, '/edited/');
    assert.equal(og.publishedTime, '2024-01-10T00:00:00.000Z');
    assert.equal(og.modifiedTime, '2024-06-01T00:00:00.000Z');
    assert.deepEqual(og.tags, ['deep-learning', 'NLP']);
    assert.equal(og.locale, 'ja_JP');
    assert.deepEqual(og.images, [{ url: '/edited/og.png', alt: 'Edited </script> post', width: 1200, height: 630, type: 'image/png' }]);
    assert.equal((meta.twitter as Record<string, unknown>).card, 'summary_large_image');
    assert.deepEqual(meta.alternates, { canonical: '/edited/', types: feedAlternateTypes() });
    assert.equal(String(meta.metadataBase), `${site}/`);
  });

  it('site pages: website card and the feeds', () => {
    const meta = siteMetadata();
    assert.equal((meta.openGraph as Record<string, unknown>).type, 'website');
    assert.deepEqual(
      (meta.openGraph as { images: { url: string }[] }).images.map((i) => i.url),
      ['/og.png'],
    );
    assert.deepEqual(Object.keys(meta.alternates?.types ?? {}), ['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
  });
});
