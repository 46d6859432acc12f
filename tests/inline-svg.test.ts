import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Figure } from '../components/mdx/Figure';
import { compileSource } from './helpers';
import { inlineSvg, MIN_TEXT_PX, PALETTE } from '../lib/mdx/inline-svg.mjs';

const inline = (svg: string, alt = 'A diagram') => inlineSvg(svg, { alt, idPrefix: 'f1-' });
const messages = (svg: string) => inline(svg).problems.map((p) => p.message);

const DIAGRAM = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" width="400" height="200" font-size="16" fill="#1f2933">
  <title>Old title</title>
  <!-- a comment -->
  <defs><marker id="arrow"><path d="M0,0 L10,5 z" fill="#2563EB"/></marker><linearGradient id="g"><stop stop-color="#fff"/></linearGradient></defs>
  <rect width="400" height="200" fill="url(#g)"/>
  <line x1="0" y1="0" x2="10" y2="10" stroke="#d97706" marker-end="url(#arrow)"/>
  <use href="#arrow"/>
  <text x="10" y="20">Label<tspan font-size="10">small</tspan></text>
  <text x="10" y="40" style="font-size: 20px">big</text>
</svg>`;

describe('inline SVG figures', () => {
  it('prefixes every id and every reference to one, so two figures on a page never clash', () => {
    const { html, problems } = inline(DIAGRAM);
    assert.deepEqual(problems, []);
    assert.match(html, /<marker id="f1-arrow">/);
    assert.match(html, /id="f1-g"/);
    assert.match(html, /fill="url\(#f1-g\)"/);
    assert.match(html, /marker-end="url\(#f1-arrow\)"/);
    assert.match(html, /<use href="#f1-arrow"/);
    assert.doesNotMatch(html, /id="arrow"|#arrow\b|#g\)/);
    // Two figures of the same file, each with its own prefix, share no id.
    const ids = (s: string) => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const other = inlineSvg(DIAGRAM, { alt: 'x', idPrefix: 'f2-' }).html;
    assert.equal(ids(html).filter((id) => ids(other).includes(id)).length, 0);
  });

  it('parses and checks an unchanged figure once (a dev save compiles the post again, not its figures)', () => {
    const first = inlineSvg(DIAGRAM, { alt: 'Kept', idPrefix: 'k-' });
    assert.equal(inlineSvg(DIAGRAM, { alt: 'Kept', idPrefix: 'k-' }), first);
    assert.notEqual(inlineSvg(DIAGRAM.replace('big', 'bigger'), { alt: 'Kept', idPrefix: 'k-' }), first, 'an edited figure is inlined again');
    assert.notEqual(inlineSvg(DIAGRAM, { alt: 'Other', idPrefix: 'k-' }), first, 'its alt is part of the result');
  });

  it('is named by the alt text as one image, without the file’s own title or fixed size', () => {
    const { html } = inline(DIAGRAM, 'Arrows from A to B');
    assert.match(html, /^<svg [^>]*role="img"/);
    assert.match(html, /^<svg [^>]*aria-label="Arrows from A to B"/);
    assert.doesNotMatch(html, /<title>|Old title|<!--/);
    assert.doesNotMatch(html, /^<svg [^>]*(?:width|height)=/);
    assert.match(html, /viewBox="0 0 400 200"/);
  });

  it('writes each colour of the figure palette as its theme variable and leaves other colours as drawn', () => {
    const { html } = inline(DIAGRAM.replace('<use href="#arrow"/>', '<use href="#arrow"/><rect fill="#123456"/>'));
    assert.ok(PALETTE.has('1f2933') && PALETTE.has('2563eb') && !PALETTE.has('123456'));
    assert.match(html, /^<svg [^>]*fill="var\(--fig-1f2933\)"/);
    assert.match(html, /fill="var\(--fig-2563eb\)"/, 'upper case is normalised');
    assert.match(html, /stop-color="var\(--fig-ffffff\)"/, 'short hex is expanded');
    assert.match(html, /stroke="var\(--fig-d97706\)"/);
    assert.match(html, /<rect fill="#123456"\/>/, 'a colour outside the palette (a picture) stays as drawn');
    // Every variable the step writes is defined, for both themes, by the stylesheet it read.
    const css = fs.readFileSync(path.join(import.meta.dirname, '../lib/mdx/figure-palette.css'), 'utf8');
    for (const hex of PALETTE) assert.match(css, new RegExp(`--fig-${hex}: light-dark\\(#${hex}, #[0-9a-f]{6}\\);`));
  });

  it('measures the smallest text, from which the narrowest legible width follows', () => {
    const result = inline(DIAGRAM);
    assert.equal(result.minFontSize, 10);
    assert.equal(result.minWidth, Math.ceil((400 * MIN_TEXT_PX) / 10));
    assert.equal(inline(DIAGRAM.replace('font-size="10"', 'font-size="24"')).minFontSize, 16, 'inherited from the root');
    assert.match(messages(DIAGRAM.replace('font-size="10"', 'font-size="4"')).join('\n'), /renders below 12 px even in the widest column/);
  });

  it('refuses anything that could run code or load a resource, naming the line', () => {
    const bad = inline(
      '<svg viewBox="0 0 10 10">\n<script>alert(1)</script>\n<rect onclick="alert(1)"/>\n<a href="https://x.test"><text>x</text></a>\n<image href="https://x.test/a.png"/>\n<use href="other.svg#a"/>\n<rect fill="url(https://x.test/p)"/>\n<foreignObject><div>x</div></foreignObject>\n<style>@import url(x.css)</style>\n</svg>',
    );
    const found = bad.problems.map((p) => `${p.line}: ${p.message}`).join('\n');
    assert.match(found, /^2: <script> is not allowed/m);
    assert.match(found, /^3: the event handler onclick="…" is not allowed/m);
    assert.match(found, /^4: <a> is not allowed/m);
    assert.match(found, /^5: <image> is not allowed/m);
    assert.match(found, /^6: href="other\.svg#a" is not allowed/m);
    assert.match(found, /^7: url\(https:\/\/x\.test\/p\) is not allowed/m);
    assert.match(found, /^8: <foreignObject> is not allowed/m);
    assert.match(found, /^9: <style> is not allowed/m);
    assert.match(messages('<svg viewBox="0 0 10 10"><use href="#missing"/></svg>').join(), /refers to #missing, which the file does not define/);
    assert.match(messages('<svg width="10" height="10"></svg>').join(), /needs a viewBox/);
    assert.match(messages('<p>not svg</p>').join(), /one <svg> element/);
  });

  it('is compiled into the post for SVG figures and fails the build on a bad file, naming post, figure and line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svg-figure-'));
    fs.writeFileSync(path.join(dir, 'ok.svg'), DIAGRAM);
    fs.writeFileSync(path.join(dir, 'bad.svg'), '<svg viewBox="0 0 10 10">\n<script>alert(1)</script></svg>');
    const file = path.join(dir, 'index.mdx');
    const code = (await compileSource('![Arrows](ok.svg "Caption")\n\n<Figure src="ok.svg" alt="Again" />\n', file)).code;
    assert.match(code, /const __postSvg0 = \{\s*html: "<svg [^\n]*?aria-label=\\"Arrows\\"/);
    assert.match(code, /const __postSvg1 = \{\s*html: "<svg [^\n]*?aria-label=\\"Again\\"/);
    const prefixes = [...code.matchAll(/marker id=\\"(fig-[0-9a-f]{8}-)arrow/g)].map((m) => m[1]);
    assert.equal(new Set(prefixes).size, 2, 'each figure of a post has its own id prefix');
    await assert.rejects(compileSource('Text\n\n![A bad one](bad.svg)\n', file), /index\.mdx[\s\S]*3:1 {2}figure "bad\.svg" line 2: <script> is not allowed/);
  });

  it('renders SVG figures inline, scrolling sideways with a hint only when too wide for a phone', () => {
    const src = { src: '/p/a.svg', width: 720, height: 400 };
    const wide = renderToStaticMarkup(
      createElement(Figure, { src, alt: 'A', svg: { html: '<svg role="img" aria-label="A"></svg>', minWidth: 480 }, caption: 'Cap.', credit: 'After X.' }),
    );
    assert.match(
      wide,
      /<div class="figure__frame" style="--figure-min-width:480px" tabindex="0" data-src="\/p\/a.svg" data-pagefind-ignore=""><svg role="img" aria-label="A"><\/svg><\/div><span class="figure__hint" aria-hidden="true"><\/span>/,
    );
    assert.match(wide, /<figcaption>Cap\.<span class="figure__credit">After X\.<\/span><\/figcaption>/);
    assert.doesNotMatch(wide, /<img/);
    const narrow = renderToStaticMarkup(createElement(Figure, { src, alt: 'A', svg: { html: '<svg></svg>', minWidth: 300 } }));
    assert.doesNotMatch(narrow, /tabindex|figure__hint/);
    assert.match(
      renderToStaticMarkup(createElement(Figure, { src: { src: '/p/a.png', width: 1, height: 1 }, alt: 'A photo' })),
      /<img src="\/p\/a\.png"[^>]*alt="A photo"/,
    );
  });
});
