import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Analytics } from '../components/layout/Analytics';
import { gtagScript } from '../components/layout/gtag-script';
import type { Post } from '../lib/content';
import { formatViews } from '../lib/i18n/format';
import { missingGaEnv, normalisePagePath, pageviewsFromReports } from '../lib/pageviews/ga';
import { PageviewsError, pageviewStats, parsePageviews, readPageviews, type Pageviews } from '../lib/pageviews/index';

const FILE = 'data/pageviews.json';

function problemsOf(value: unknown): string {
  try {
    parsePageviews(typeof value === 'string' ? value : JSON.stringify(value), FILE);
  } catch (error) {
    assert.ok(error instanceof PageviewsError, String(error));
    return error.message;
  }
  assert.fail('expected a PageviewsError');
}

const valid = { generatedAt: '2025-01-20T12:00:00.000Z', recentDays: 30, pages: { '/a/': { total: 10, recent: 2 } } };

describe('page views file', () => {
  it('parses a valid file', () => {
    assert.deepEqual(parsePageviews(JSON.stringify(valid), FILE), valid);
  });

  it('is optional: no file, no data', () => {
    assert.equal(readPageviews(path.join(os.tmpdir(), 'no-such-dir', 'pageviews.json')), undefined);
  });

  it('names the file and each bad field', () => {
    assert.match(problemsOf('{"pages": '), /^Invalid page views file data\/pageviews\.json:\n {2}not valid JSON/);
    const message = problemsOf({
      ...valid,
      recentDays: 0,
      pages: { '/a/': { total: -1, recent: 0 }, '/b/': { total: 1, recent: 5 }, 'no-slash': { total: 1, recent: 0 }, '/c/': { total: 1 } },
    });
    assert.match(message, /data\/pageviews\.json/);
    assert.match(message, /recentDays: Too small/i);
    assert.match(message, /pages\["\/a\/"\]\.total: Too small/i);
    assert.match(message, /pages\["\/b\/"\]: recent must not exceed total/);
    assert.match(message, /pages\["no-slash"\]: must be a URL path starting and ending with "\/"/);
    assert.match(message, /pages\["\/c\/"\]\.recent: /);
    assert.match(problemsOf({ ...valid, extra: 1 }), /Unrecognized key.*"extra"/i);
    assert.match(problemsOf({ recentDays: 30, pages: {} }), /generatedAt: /);
  });
});

function postAt(slug: string, date: string): Post {
  return { slug, date, title: slug, lang: 'en', tags: [], draft: false } as unknown as Post;
}

describe('trending and most read', () => {
  const posts = [postAt('new', '2024-02-01'), postAt('mid', '2023-06-01'), postAt('old', '2022-01-01'), postAt('unread', '2021-01-01')];
  const pageviews: Pageviews = {
    generatedAt: valid.generatedAt,
    recentDays: 7,
    pages: {
      '/': { total: 10000, recent: 100 },
      '/new/': { total: 50, recent: 40 },
      '/mid/': { total: 500, recent: 40 },
      '/old/': { total: 900, recent: 0 },
      '/unread/': { total: 0, recent: 0 },
      '/gone/': { total: 9999, recent: 9999 },
    },
  };
  const slugs = (ranked: { post: Post }[]) => ranked.map((r) => r.post.slug);

  it('ranks recent views for trending and all-time views for most read, ties to the newer post', () => {
    const stats = pageviewStats(posts, pageviews, '');
    assert.deepEqual(slugs(stats.trending), ['new', 'mid'], 'equal recent views: the newer post first; no recent views: not trending');
    assert.deepEqual(slugs(stats.mostRead), ['old', 'mid', 'new']);
    assert.deepEqual(
      stats.mostRead.map((r) => r.views),
      [900, 500, 50],
    );
    assert.equal(stats.recentDays, 7);
    assert.deepEqual([...stats.bySlug.keys()].sort(), ['mid', 'new', 'old'], 'paths that are not a listed post, and zero counts, are left out');
  });

  it('only ranks the posts it is given (the build passes published posts, never drafts)', () => {
    assert.deepEqual(slugs(pageviewStats(posts.slice(0, 2), pageviews, '').mostRead), ['mid', 'new']);
  });

  it('keeps the top N', () => {
    assert.deepEqual(slugs(pageviewStats(posts, pageviews, '', 1).mostRead), ['old']);
  });

  it('matches paths under the basePath', () => {
    const underBase: Pageviews = { ...pageviews, pages: { '/blog/new/': { total: 3, recent: 1 }, '/new/': { total: 999, recent: 999 } } };
    assert.equal(pageviewStats(posts, underBase, '/blog').bySlug.get('new')?.total, 3);
  });

  it('formats counts', () => {
    assert.equal(formatViews(1), '1 view');
    assert.equal(formatViews(12345), '12,345 views');
    assert.equal(formatViews(12345, 'ja'), '12,345 回閲覧');
  });
});

describe('GA4 report to page views file', () => {
  it('normalises page paths', () => {
    assert.equal(normalisePagePath('/deep_learning_2022/'), '/deep_learning_2022/');
    assert.equal(normalisePagePath('/deep_learning_2022'), '/deep_learning_2022/');
    assert.equal(normalisePagePath('/deep_learning_2022/index.html'), '/deep_learning_2022/');
    assert.equal(normalisePagePath('/deep_learning_2022/?utm_source=x#top'), '/deep_learning_2022/');
    assert.equal(normalisePagePath('/'), '/');
    assert.equal(normalisePagePath('/rss.xml'), undefined);
    assert.equal(normalisePagePath('(not set)'), undefined);
  });

  it('merges rows of the same page and pairs the two reports', () => {
    const file = pageviewsFromReports({
      total: [
        { path: '/a', views: 10 },
        { path: '/a/', views: 5 },
        { path: '/a/?ref=x', views: 1 },
        { path: '/b/', views: 3 },
        { path: '(not set)', views: 100 },
      ],
      recent: [
        { path: '/a/', views: 2 },
        { path: '/b/', views: 4 },
        { path: '/c/', views: 1 },
      ],
      recentDays: 30,
      generatedAt: new Date('2025-01-20T12:00:00Z'),
    });
    assert.deepEqual(file, {
      generatedAt: '2025-01-20T12:00:00.000Z',
      recentDays: 30,
      // GA thresholds can make a window count exceed the all-time one; total is raised to match.
      pages: { '/a/': { total: 16, recent: 2 }, '/b/': { total: 4, recent: 4 }, '/c/': { total: 1, recent: 1 } },
    });
  });

  it('names the missing environment variables', () => {
    assert.deepEqual(missingGaEnv({}), ['GA4_PROPERTY_ID', 'GOOGLE_APPLICATION_CREDENTIALS']);
    assert.deepEqual(missingGaEnv({ GA4_PROPERTY_ID: '123', GOOGLE_APPLICATION_CREDENTIALS: ' ' }), ['GOOGLE_APPLICATION_CREDENTIALS']);
    assert.deepEqual(missingGaEnv({ GA4_PROPERTY_ID: '123', GOOGLE_APPLICATION_CREDENTIALS: '/key.json' }), []);
  });

  it('npm run pageviews exits non-zero without credentials, before any request', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PAGEVIEWS_FILE: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pv-')), 'pageviews.json') };
    delete env.GA4_PROPERTY_ID;
    delete env.GOOGLE_APPLICATION_CREDENTIALS;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pageviews.ts'], { env, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /missing environment variables GA4_PROPERTY_ID, GOOGLE_APPLICATION_CREDENTIALS/);
    assert.equal(fs.existsSync(env.PAGEVIEWS_FILE!), false);
  });

  it(
    'says how to install the GA4 client, which the default install leaves out',
    { skip: fs.existsSync('node_modules/@google-analytics/data') && 'the optional client is installed here' },
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-'));
      const key = path.join(dir, 'key.json');
      fs.writeFileSync(key, '{}');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PAGEVIEWS_FILE: path.join(dir, 'pageviews.json'),
        GA4_PROPERTY_ID: '123',
        GOOGLE_APPLICATION_CREDENTIALS: key,
      };
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pageviews.ts'], { env, encoding: 'utf8' });
      assert.equal(run.status, 1);
      assert.match(run.stderr, /npm install --no-save @google-analytics\/data@\d+\.\d+\.\d+/);
    },
  );
});

describe('Google Analytics script', () => {
  it('renders nothing without a measurement id', () => {
    assert.equal(renderToStaticMarkup(h(Analytics, { measurementId: '' })), '');
  });

  it('loads gtag.js only after the page load event', () => {
    const script = gtagScript('G-ABC123XYZ');
    assert.match(script, /gtag\('config','G-ABC123XYZ'\)/);
    assert.match(script, /addEventListener\('load',function\(\)\{.*googletagmanager\.com\/gtag\/js\?id=G-ABC123XYZ/);
    assert.match(renderToStaticMarkup(h(Analytics, { measurementId: 'G-ABC123XYZ' })), /^<script>window\.dataLayer/);
  });

  it('rejects a malformed id, naming site.config.ts', () => {
    assert.throws(() => gtagScript("G-1');alert(1);//"), /site\.config\.ts: gaMeasurementId must be a GA4 measurement id/);
    assert.throws(() => gtagScript('UA-12345-1'), /gaMeasurementId/);
  });
});
