import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { run } from '@mdx-js/mdx';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { createElement, type ComponentType } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { pagePolicy, pageSources, withCspMeta } from '../lib/post-build/csp';
import { checkReport, formatProblem } from '../lib/content/errors';
import { collectPosts } from '../lib/content/load';
import { checkPost } from '../lib/check/check-pool';
import { frameOrigin, parseTweet, youtubeVideo } from '../lib/mdx/rehype-embeds.mjs';
import { useMDXComponents } from '../mdx-components';
import { compileSource, makePostsDir, post } from './helpers';

// Post files inside the fixture folder, so relative images resolve against it (they need not exist).
const DIR = path.join(import.meta.dirname, 'fixtures/mdx-post');
const MD = path.join(DIR, 'index.md');
const MDX = path.join(DIR, 'index.mdx');
const FRONT = '---\ntitle: T\ndate: 2024-01-01\n---\n\n';

/** The post's HTML as its page renders it. */
async function render(body: string, file = MD): Promise<string> {
  const mod = await run((await compileSource(FRONT + body, file)).code, { ...runtime, useMDXComponents, baseUrl: import.meta.url });
  return renderToStaticMarkup(createElement(mod.default as ComponentType));
}

/** What `npm run check` reports for the post, as `line: severity message` (lines count the 5 frontmatter lines). */
async function reported(body: string, file = MD, front = FRONT): Promise<string[]> {
  const { problems } = await checkPost({ source: front + body, path: file, file: 'p/index.md' });
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((p) => `${p.line}: ${p.severity ?? 'error'} ${p.message}`);
}

describe('Markdown posts (index.md)', () => {
  it('parse raw HTML leniently, as a browser does: unclosed <br> and <li>, a stray </p>, <think> and {x} in prose', async () => {
    const html = await render(
      'Text with {x} and <think> in it,<br> a break.\n\n<ul><li>one<li>two</ul>\n\n<p>para</p></p>\n\nA [link](https://example.com) and $x^2$.\n',
    );
    assert.match(html, /<p>Text with \{x\} and  in it,<br\/> a break\.<\/p>/);
    assert.match(html, /<ul><li>one<\/li><li>two<\/li><\/ul>/);
    assert.match(html, /<p>para<\/p><p><\/p>/);
    assert.match(html, /class="katex"/);
  });

  it('get GFM (tables, footnotes, strikethrough, autolinks), code highlighting and heading ids like MDX posts', async () => {
    const html = await render(
      '## A heading\n\n| a | b |\n|:-:|---|\n| 1 | 2 |\n\n~~gone~~ www.example.com and a note[^1].\n\n[^1]: The note.\n\n```js\nconst a = 1;\n```\n',
    );
    assert.match(html, /<h2 id="a-heading">/);
    assert.match(html, /<td style="text-align:center">1<\/td>/);
    assert.match(html, /<del>gone<\/del> <a href="http:\/\/www\.example\.com">/);
    assert.match(html, /data-footnotes/);
    assert.match(html, /<pre class="shiki/);
  });

  it('highlight a fence without a language as text, keyboard-scrollable like every code block', async () => {
    const html = await render('```\n<|begin_of_text|> a long token stream\n```\n');
    assert.match(html, /<pre class="shiki[^"]*"[^>]*tabindex="0"/);
    assert.match(html, /(&lt;|&#x3C;)\|begin_of_text\|> a long token stream/);
  });

  it('a folder with both index.md and index.mdx is an error naming the folder; index.md alone is a post', () => {
    const dir = makePostsDir({ both: post('title: B\ndate: 2024-01-01'), md_only: post('title: M\ndate: 2024-01-01') });
    fs.writeFileSync(path.join(dir, 'both', 'index.md'), post('title: B\ndate: 2024-01-01'));
    fs.renameSync(path.join(dir, 'md_only', 'index.mdx'), path.join(dir, 'md_only', 'index.md'));
    const { posts, problems } = collectPosts({ postsDir: dir, root: dir });
    assert.deepEqual(problems.map(formatProblem), ['both  post folder has both index.mdx and index.md: keep one']);
    assert.deepEqual(
      posts.map((p) => [p.slug, p.file, p.sourceFile]),
      [['md_only', 'md_only/index.md', path.join(dir, 'md_only', 'index.md')]],
    );
  });
});

describe('sanitising HTML written in posts', () => {
  it('removes scripts, <style>, event handlers, javascript: and data: links, <object>, <embed> and forms, each a warning with its line', async () => {
    const body = [
      '<script>alert(1)</script>',
      '<style>p { display: none }</style>',
      '<a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a> <b onclick="go()">bold</b>',
      '<object data="x.swf"><embed src="x.swf"></object>',
      '<form action="https://evil.example"><input type="text" name="q"><button>Go</button></form>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '',
    ].join('\n\n');
    assert.deepEqual(await reported(body), [
      '6: warning removed <script> and its content: posts cannot carry scripts',
      '8: warning removed <style> and its content: posts cannot carry <style>',
      '10: warning removed href="javascript:alert(1)" from <a>: only http(s), mailto and relative links are allowed',
      '10: warning removed href="data:text/html,x" from <a>: only http(s), mailto and relative links are allowed',
      '10: warning removed onclick="go()" from <b>: posts cannot run scripts',
      '12: warning removed <object> and its content: posts cannot carry <object>',
      '14: warning removed <form> and its content: posts cannot carry <form>',
      '16: warning removed <iframe> and its content: posts cannot carry <iframe>',
    ]);
    // An unchanged post comes from the check's cache with the same warnings.
    assert.equal((await reported(body)).length, 8);
    const html = await render(body);
    for (const unsafe of ['<script', '<style', 'javascript:', 'data:text', 'onclick', '<object', '<embed', '<form', '<input', '<iframe'])
      assert.ok(!html.includes(unsafe), `${unsafe} in ${html}`);
    assert.match(html, /<p>js data <b>bold<\/b><\/p>/);
  });

  it('keeps safe markup: <div align> (as a class), <small>, <br>, <details>/<summary>, <sup>, <kbd>, links, tables, styles', async () => {
    const body =
      '<div align="center"><small>Figure taken from [1]</small></div>\n\n<div style="text-align: center;">centred</div>\n\n<details><summary>More</summary>Hidden <sup>2</sup> <kbd>Ctrl</kbd><br>line <a href="https://example.com" title="t">link</a></details>\n\n<table><tr><td align="right">1</td></tr></table>\n';
    assert.deepEqual(await reported(body), []);
    const html = await render(body);
    assert.match(html, /<div class="align-center"><small>Figure taken from \[1\]<\/small><\/div>/);
    assert.match(html, /<div style="text-align:center">centred<\/div>/);
    assert.match(
      html,
      /<details><summary>More<\/summary>Hidden <sup>2<\/sup> <kbd>Ctrl<\/kbd><br\/>line <a title="t" href="https:\/\/example.com">link<\/a><\/details>/,
    );
    assert.match(html, /<table><tbody><tr><td style="text-align:right">1<\/td><\/tr><\/tbody><\/table>/);
  });

  it('publishes and sizes a raw <img> beside the post like a Markdown image', async () => {
    const html = await render('<img src="diagram.svg" alt="A bar" width="80">\n');
    assert.match(html, /<img src="\/mdx-post\/diagram\.[0-9a-f]{10}\.svg" alt="A bar" width="80" height="40" loading="lazy" decoding="async"\/>/);
  });

  it('in .mdx: a style string becomes a style object, class becomes className, onclick is removed with a warning', async () => {
    const body = '<div class="note" style="color: red; margin-top: 1px" onclick="go()">Careful</div>\n';
    assert.deepEqual(await reported(body, MDX), ['6: warning removed onclick="go()" from <div>: posts cannot run scripts']);
    assert.match(await render(body, MDX), /<div class="note" style="color:red;margin-top:1px">Careful<\/div>/);
  });

  it('in .mdx: beside {expressions}, a style string is an error with its line, an event handler is removed, a tag the sanitiser would remove is an error', async () => {
    const body =
      'Text.\n\n<div style="color: red" title={"t"}>x</div>\n\n<span onClick={() => 1} title={"t"}>y</span>\n\n<iframe src="https://example.com/" allowFullScreen={true} />\n';
    assert.deepEqual(await reported(body, MDX), [
      `8: error <div style="color: red">: beside {expressions}, write the style as an object: style={{ color: 'red' }}`,
      '10: warning removed onClick from <span>: posts cannot run scripts',
      '12: error <iframe> with {expressions} cannot be checked: write its attributes as plain strings (it is then sanitised like HTML)',
    ]);
  });
});

describe('embeds become the site components', () => {
  it('reads YouTube embeds in every form, with their start time', () => {
    assert.deepEqual(youtubeVideo('https://www.youtube.com/embed/1UfVmJBF-OY?start=26'), { id: '1UfVmJBF-OY', start: 26 });
    assert.deepEqual(youtubeVideo('https://www.youtube-nocookie.com/embed/dR3-184rff4'), { id: 'dR3-184rff4', start: undefined });
    assert.deepEqual(youtubeVideo('https://youtu.be/dR3-184rff4?t=1m30s'), { id: 'dR3-184rff4', start: 90 });
    assert.deepEqual(youtubeVideo('//www.youtube.com/embed/Ny-QncybvNk?si=6OwOn0KyaVperz6M&t=15'), { id: 'Ny-QncybvNk', start: 15 });
    assert.deepEqual(youtubeVideo('https://www.youtube.com/watch?v=7RsRC2xTTKQ'), { id: '7RsRC2xTTKQ', start: undefined });
    assert.equal(youtubeVideo('https://www.youtube.com/embed/short'), undefined);
    assert.equal(youtubeVideo('https://player.vimeo.com/video/1'), undefined);
  });

  it('turns a YouTube <iframe> into the <YouTube> facade, in .md and .mdx alike', async () => {
    const iframe =
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/1UfVmJBF-OY?start=26" title="A talk" frameborder="0" allowfullscreen></iframe>\n';
    for (const file of [MD, MDX]) {
      assert.deepEqual(await reported(iframe, file), []);
      const html = await render(iframe, file);
      assert.match(html, /<div class="video"[^>]*><a class="video__poster" href="https:\/\/www\.youtube\.com\/watch\?v=1UfVmJBF-OY&amp;t=26s">/);
      assert.match(html, /A talk<\/span>/);
      assert.doesNotMatch(html, /<iframe/);
    }
  });

  it('reads a pasted X/Twitter blockquote: text, author, handle, date and link', () => {
    const tree = fromHtml(
      '<blockquote class="twitter-tweet"><p lang="ja" dir="ltr">結婚しました！<br><br>よろしく <a href="https://t.co/0Q">pic.twitter.com/0Q</a></p>&mdash; Shion Honda (@shion_honda) <a href="https://twitter.com/shion_honda/status/1309088103081050114?ref_src=twsrc%5Etfw">September 24, 2020</a></blockquote>',
      { fragment: true },
    );
    const tweet = parseTweet(tree.children[0] as Element)!;
    assert.deepEqual(
      { ...tweet, text: undefined },
      { author: 'Shion Honda', handle: 'shion_honda', date: '2020-09-24', url: 'https://x.com/shion_honda/status/1309088103081050114', text: undefined },
    );
    assert.equal((tweet.text[0] as Element).tagName, 'p');
    // Without a readable date in the link text, the date comes from the post id.
    const undated = fromHtml('<blockquote class="twitter-tweet"><p>Hi</p>— A (@a) <a href="https://x.com/a/status/1747744305941278871">link</a></blockquote>', {
      fragment: true,
    });
    assert.equal(parseTweet(undated.children[0] as Element)!.date, '2024-01-17');
  });

  it('turns the blockquote into the static <Tweet> card and drops widgets.js', async () => {
    const body =
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello<br>world</p>&mdash; Shion Honda (@shion_honda) <a href="https://twitter.com/shion_honda/status/1747744305941278871?ref_src=twsrc%5Etfw">January 17, 2024</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n';
    assert.deepEqual(await reported(body), []);
    const html = await render(body);
    assert.match(
      html,
      /<figure class="tweet"><blockquote cite="https:\/\/x\.com\/shion_honda\/status\/1747744305941278871" class="tweet__text"><p lang="en" dir="ltr">Hello<br\/>world<\/p><\/blockquote>/,
    );
    assert.match(html, /<span class="tweet__author">Shion Honda<\/span> <span class="tweet__handle">@shion_honda<\/span>/);
    assert.match(html, /<time dateTime="2024-01-17">/);
    assert.doesNotMatch(html, /script|widgets/);
  });

  it('turns any other <iframe> into the click-to-load <Embed> that names its host and loads nothing', async () => {
    const body = '<iframe src="https://www.google.com/maps/embed?pb=1" width="600" height="450" style="border:0;"></iframe>\n';
    assert.deepEqual(await reported(body), []);
    const html = await render(body);
    assert.match(html, /<div class="embed" data-frame-origin="https:\/\/www\.google\.com" style="aspect-ratio:600 \/ 450">/);
    assert.match(html, /Nothing is loaded from www\.google\.com until you ask\./);
    assert.match(
      html,
      /<a class="embed__load" href="https:\/\/www\.google\.com\/maps\/embed\?pb=1" rel="noopener noreferrer">Load content from www\.google\.com<\/a>/,
    );
    assert.doesNotMatch(html, /<iframe/);
    assert.equal(frameOrigin('https://speakerdeck.com/player/abc'), 'https://speakerdeck.com');
    assert.equal(frameOrigin('javascript:alert(1)'), undefined);
  });

  it("adds exactly the embed's host to that page's frame-src, and refuses a malformed one", () => {
    const page = (body: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body>${body}</body></html>`;
    const sources = pageSources(
      page('<div class="embed" data-frame-origin="https://www.google.com"></div><div data-frame-origin="https://www.google.com"></div>'),
    );
    assert.deepEqual(sources.frameOrigins, ['https://www.google.com']);
    assert.match(
      withCspMeta(page('<div data-frame-origin="https://speakerdeck.com"></div>')),
      /frame-src https:\/\/www\.youtube-nocookie\.com https:\/\/speakerdeck\.com;/,
    );
    assert.match(withCspMeta(page('<p>none</p>')), /frame-src https:\/\/www\.youtube-nocookie\.com;/);
    assert.match(
      pagePolicy([], { comments: undefined, gaMeasurementId: '' }, ['https://codepen.io']),
      /frame-src https:\/\/www\.youtube-nocookie\.com https:\/\/codepen\.io;/,
    );
    assert.throws(
      () => pageSources(page('<div data-frame-origin="https://x.com; script-src *"></div>'), 'a.html'),
      /a\.html: data-frame-origin=".*" is not an http\(s\) origin/,
    );
  });

  it('drops share buttons (Hatena) with a warning; their script goes with a warning too', async () => {
    const body =
      '<a href="https://b.hatena.ne.jp/entry/" class="hatena-bookmark-button" data-hatena-bookmark-layout="basic"><img src="https://b.st-hatena.com/images/entry-button/button-only@2x.png" alt="Bookmark"></a><script type="text/javascript" src="https://b.st-hatena.com/js/bookmark_button.js" charset="utf-8" async="async"></script>\n';
    assert.deepEqual(await reported(body), [
      '6: warning removed a share button (<a class="hatena-bookmark-button">): share links are part of every post page',
      '6: warning removed <script> and its content: posts cannot carry scripts',
    ]);
    assert.doesNotMatch(await render(body), /hatena/);
  });
});

describe('alt text and warnings', () => {
  const imported = '---\ntitle: T\ndate: 2024-01-01\nimported: true\n---\n';

  it('missing alt text is an error in our own posts and a warning in imported ones, published with an empty alt', async () => {
    const body = '![](diagram.svg)\n\n<img src="diagram.svg">\n';
    assert.deepEqual(await reported('![](diagram.svg)\n'), ['6: error image "diagram.svg" has no alt text: write ![what the image shows](diagram.svg)']);
    assert.deepEqual(await reported('<img src="diagram.svg">\n'), ['6: error <img src="diagram.svg"> has no alt text: write alt="what the image shows"']);
    assert.deepEqual(await reported(body, MD, imported), [
      '6: warning image "diagram.svg" has no alt text: write ![what the image shows](diagram.svg)',
      '8: warning <img src="diagram.svg"> has no alt text: write alt="what the image shows"',
    ]);
    const mod = await run((await compileSource(imported + body, MD)).code, { ...runtime, useMDXComponents, baseUrl: import.meta.url });
    const html = renderToStaticMarkup(createElement(mod.default as ComponentType));
    // The raw <img> keeps an empty alt; the SVG figure is drawn inline and hidden from screen readers.
    assert.equal(html.match(/alt=""/g)?.length, 1);
    assert.match(html, /<svg[^>]*aria-hidden="true"/);
  });

  it('npm run check fails on errors; on warnings only with --strict', () => {
    const warning = { file: 'posts/a/index.md', line: 3, column: 1, severity: 'warning' as const, message: 'removed <script> and its content' };
    const lenient = checkReport([warning]);
    assert.equal(lenient.failed, false);
    assert.deepEqual(lenient.lines, ['warning  posts/a/index.md:3:1  removed <script> and its content', '', '0 errors, 1 warning']);
    assert.deepEqual(checkReport([warning], { strict: true }), {
      lines: [lenient.lines[0], '', '0 errors, 1 warning (--strict: warnings fail the check)'],
      failed: true,
    });
    assert.equal(checkReport([{ file: 'x', message: 'bad' }]).failed, true);
  });
});

describe('mermaid diagrams', () => {
  it('are drawn at build time as inline SVG, in a light and a dark variant, with no script', async () => {
    const html = await render('```mermaid\ngraph TD\n  A[Write] --> B[Publish]\n```\n');
    assert.match(
      html,
      /^<figure class="mermaid"><div class="mermaid__light"><svg id="mermaid-0-light"[^>]*>.*Publish.*<\/svg><\/div><div class="mermaid__dark"><svg id="mermaid-0-dark"/s,
    );
    assert.doesNotMatch(html, /<script|<foreignObject/);
  });

  it('a diagram that does not parse is an error at the line of its block', async () => {
    const [message, ...more] = await reported('Text.\n\n```mermaid\ngraph TD\n  A --> \n```\n');
    assert.match(message, /^8: error mermaid diagram does not parse: Parse error on line \d+: .*Expecting .*got 'EOF'$/);
    assert.deepEqual(more, []);
  });
});
