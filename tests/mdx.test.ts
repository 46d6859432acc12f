import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compile, run } from '@mdx-js/mdx';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { compileSource } from './helpers';
import { POST_COMPONENTS } from '../lib/mdx/options.mjs';
import { pipeline } from '../lib/mdx/pipeline.mjs';
import rehypeStaticHtml from '../lib/mdx/rehype-static-html.mjs';
import { useMDXComponents } from '../mdx-components';

// A post file inside the fixture folder, so relative images resolve against it.
const FILE = path.join(import.meta.dirname, 'fixtures/mdx-post/index.mdx');

async function compileError(source: string): Promise<string> {
  try {
    await compileSource(source, FILE);
  } catch (error) {
    return String((error as Error).message);
  }
  assert.fail('expected the compile to fail');
}

describe('MDX pipeline', () => {
  it('describes images beside the post by their published address and size, and turns lone images into figures', async () => {
    const code = (await compileSource('![A blue bar](diagram.svg "The caption")\n', FILE)).code;
    assert.match(code, /const __postMedia0 = \{\s*src: "\/mdx-post\/diagram\.[0-9a-f]{10}\.svg",\s*width: 40,\s*height: 20\s*\}/);
    assert.match(code, /Figure, \{\s*src: __postMedia0,\s*alt: "A blue bar",\s*caption: "The caption"/);
  });

  it('handles raster images like SVG ones', async () => {
    const code = (await compileSource('![A blue block](photo.png)\n', FILE)).code;
    assert.match(code, /const __postMedia0 = \{\s*src: "\/mdx-post\/photo\.[0-9a-f]{10}\.png",\s*width: 64,\s*height: 32\s*\}/);
  });

  it('describes the src of <Figure> the same way', async () => {
    const code = (await compileSource('<Figure src="diagram.svg" alt="A bar" caption="C" />\n', FILE)).code;
    assert.match(code, /const __postMedia0 = \{\s*src: "\/mdx-post\/diagram\.[0-9a-f]{10}\.svg"/);
    assert.match(code, /Figure, \{\s*src: __postMedia0/);
  });

  it('checks the featuredImage like a body image but gives the body no constant for it', async () => {
    const code = (await compileSource('---\ntitle: T\nfeaturedImage: photo.png\n---\n\nText.\n', FILE)).code;
    assert.doesNotMatch(code, /__postMedia/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cover-'));
    fs.writeFileSync(path.join(dir, 'cover.png'), 'not an image');
    await assert.rejects(
      compileSource('---\ntitle: T\nfeaturedImage: cover.png\n---\n\nText.\n', path.join(dir, 'index.mdx')),
      /1:1 {2}featuredImage "cover\.png" cannot be read as an image/,
    );
  });

  it('fails on a missing image, naming the file and line', async () => {
    const message = await compileError('Intro\n\n![A chart](missing.png)\n');
    assert.match(message, /3:1 {2}image not found: "missing\.png"/);
    assert.match(message, /tests\/fixtures\/mdx-post\/index\.mdx/);
  });

  it('fails on an image without alt text', async () => {
    assert.match(await compileError('![](diagram.svg)\n'), /1:1 {2}image "diagram\.svg" has no alt text/);
    assert.match(await compileError('<Figure src="diagram.svg" />\n'), /1:1 {2}<Figure> needs alt text/);
  });

  it('fails on remote images, which would leak readers to third parties', async () => {
    assert.match(await compileError('![x](https://example.com/x.png)\n'), /must be a file beside the post/);
  });

  it('fails on an invalid YouTube id', async () => {
    assert.match(await compileError('<YouTube id="not-an-id" title="T" />\n'), /1:1 {2}<YouTube id="not-an-id"> is not a valid YouTube id/);
    await compileSource('<YouTube id="6lGMCAzBzOQ" title="Block-NeRF demo" />\n', FILE);
  });

  it('fails on non-http Paper links and bad Tweet props', async () => {
    assert.match(await compileError('<Paper title="T" code="javascript:alert(1)" />\n'), /<Paper code="javascript:alert\(1\)"> must be an http\(s\) URL/);
    assert.match(
      await compileError('<Tweet author="A" handle="a" date="Jan 1" url="https://x.com/a/status/1">t</Tweet>\n'),
      /<Tweet date="Jan 1"> must be an ISO date/,
    );
  });

  it('fails on an unknown component', async () => {
    assert.match(await compileError('<Papr title="T" />\n'), /unknown component <Papr>/);
  });

  it('lists every problem of a file in one error', async () => {
    const message = await compileError('![](a.png)\n\n<YouTube id="x" title="T" />\n');
    assert.match(message, /^3 problems in /);
  });

  it('reports MDX syntax errors with their line', async () => {
    const message = await compileError('Fine line\n\nBroken <div\n');
    assert.match(message, /^tests\/fixtures\/mdx-post\/index\.mdx:3:\d+ {2}Unexpected end of file/);
  });

  it('fails on invalid math instead of rendering red text', async () => {
    assert.match(await compileError('Math: $\\frac{1}{$\n'), /invalid math \(KaTeX\)/);
  });

  it('gives headings GitHub-style ids', async () => {
    const code = (await compileSource('## Stable Diffusion & DreamStudio\n', FILE)).code;
    assert.match(code, /id: "stable-diffusion--dreamstudio"/);
  });
});

describe('formulas and code blocks as static HTML', () => {
  const SOURCE = 'Inline $\\eta_{1}$ and a block:\n\n$$\n\\sqrt{x^2} = \\frac{a}{b}\n$$\n\n```python\ndef f(x):\n    return x  # <b>\n```\n';

  async function render(withStaticHtml: boolean): Promise<{ code: string; html: string }> {
    const { remarkPlugins, rehypePlugins } = await pipeline();
    const plugins = withStaticHtml ? rehypePlugins : rehypePlugins.filter((plugin) => plugin !== rehypeStaticHtml);
    assert.equal(rehypePlugins.at(-1), rehypeStaticHtml, 'the plugin runs last, after KaTeX and Shiki');
    const code = String(
      await compile({ value: SOURCE, path: FILE }, { remarkPlugins, rehypePlugins: plugins, outputFormat: 'function-body', providerImportSource: '#' }),
    );
    const { default: Body } = await run(code, { ...runtime, useMDXComponents, baseUrl: import.meta.url });
    return { code, html: renderToStaticMarkup(createElement(Body)) };
  }

  /** The parsed page without source positions; KaTeX's own `style="...;"` keeps its final `;`, React's drops it. */
  function parsed(html: string): unknown {
    return JSON.parse(
      JSON.stringify(fromHtml(html, { fragment: true }), (key, value) =>
        key === 'position' ? undefined : key === 'style' && typeof value === 'string' ? value.replace(/;$/, '') : value,
      ),
    ) as Nodes;
  }

  it('render the same document as element trees would', async () => {
    const [tree, flat] = await Promise.all([render(false), render(true)]);
    assert.deepEqual(parsed(flat.html), parsed(tree.html));
    assert.match(flat.html, /<span class="katex-display"><span class="katex">/);
    // Code stays text: the comment's <b> is escaped, not markup.
    assert.doesNotMatch(flat.html, /<b>/);
  });

  it('compile to one string per formula and code block instead of elements with style objects', async () => {
    const { code } = await render(true);
    assert.equal(code.match(/dangerouslySetInnerHTML/g)?.length, 3);
    assert.doesNotMatch(code, /className: "line"|marginRight:/);
  });
});

describe('component registry', () => {
  it('mdx-components.tsx provides exactly the components the checks know (lower-case keys restyle HTML elements)', () => {
    assert.deepEqual(
      Object.keys(useMDXComponents())
        .filter((name) => /^[A-Z]/.test(name))
        .sort(),
      [...POST_COMPONENTS].sort(),
    );
  });
});
