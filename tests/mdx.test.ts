import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compilePost } from '../lib/mdx/compile';
import { POST_COMPONENTS } from '../lib/mdx/options.mjs';
import { useMDXComponents } from '../mdx-components';

// A post file inside the fixture folder, so relative images resolve against it.
const FILE = path.join(import.meta.dirname, 'fixtures/mdx-post/index.mdx');

async function compileError(source: string): Promise<string> {
  try {
    await compilePost(source, FILE);
  } catch (error) {
    return String((error as Error).message);
  }
  assert.fail('expected the compile to fail');
}

describe('MDX pipeline', () => {
  it('imports images beside the post and turns lone images into figures', async () => {
    const code = await compilePost('![A blue bar](diagram.svg "The caption")\n', FILE);
    assert.match(code, /import __postMedia0 from "\.\/diagram\.svg"/);
    assert.match(code, /Figure, \{\s*src: __postMedia0,\s*alt: "A blue bar",\s*caption: "The caption"/);
  });

  it('handles raster images like SVG ones', async () => {
    const code = await compilePost('![A blue block](photo.png)\n', FILE);
    assert.match(code, /import __postMedia0 from "\.\/photo\.png"/);
  });

  it('imports the src of <Figure>', async () => {
    const code = await compilePost('<Figure src="diagram.svg" alt="A bar" caption="C" />\n', FILE);
    assert.match(code, /import __postMedia0 from "\.\/diagram\.svg"/);
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
    await compilePost('<YouTube id="6lGMCAzBzOQ" title="Block-NeRF demo" />\n', FILE);
  });

  it('fails on non-http Paper links and bad Tweet props', async () => {
    assert.match(await compileError('<Paper title="T" code="javascript:alert(1)" />\n'), /<Paper code="javascript:alert\(1\)"> must be an http\(s\) URL/);
    assert.match(await compileError('<Tweet author="A" handle="a" date="Jan 1" url="https://x.com/a/status/1">t</Tweet>\n'), /<Tweet date="Jan 1"> must be an ISO date/);
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
    const code = await compilePost('## Stable Diffusion & DreamStudio\n', FILE);
    assert.match(code, /id: "stable-diffusion--dreamstudio"/);
  });
});

describe('component registry', () => {
  it('mdx-components.tsx provides exactly the components the checks know', () => {
    assert.deepEqual(Object.keys(useMDXComponents()).sort(), [...POST_COMPONENTS].sort());
  });
});
