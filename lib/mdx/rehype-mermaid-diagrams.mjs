// Rehype plugin for posts: a ```mermaid code block becomes its diagram as inline SVG, drawn at
// build time by mermaid itself (mermaid-isomorphic, in a headless Chromium), once in mermaid's
// light theme and once in its dark one; the site's CSS shows the one of the current theme. Pages
// get no script for it. Drawings are kept in .cache/mermaid/ by content, so a build starts a
// browser only for a diagram it has never drawn. A diagram that does not parse fails the build.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { toString } from 'hast-util-to-string';
import { CACHE_ROOT, TEXT, diskCache } from '../cache/disk-cache.mjs';
import { SKIP, visit } from 'unist-util-visit';
import { failOnErrors, problem } from './post-file.mjs';
import { innerHtmlAttribute } from './rehype-static-html.mjs';

const MERMAID_CACHE_DIR = path.join(CACHE_ROOT, 'mermaid');
const drawings = diskCache(MERMAID_CACHE_DIR, { ext: '.svg', ...TEXT });
const THEMES = { light: 'default', dark: 'dark' };
// Plain SVG text instead of HTML in <foreignObject>: valid HTML, and feeds and readers without CSS get the labels.
const config = (theme) => ({ theme, htmlLabels: false, flowchart: { htmlLabels: false }, fontFamily: 'system-ui, sans-serif' });
// The SVG's own ids (its <style> is scoped by them) are made unique per page when it is inserted.
const PREFIX = 'mermaidsvg';
const ID = '__MERMAID_ID__';

let version;
const mermaidVersion = () => (version ??= createRequire(import.meta.url)('mermaid/package.json').version);

const cacheKey = (source, theme) =>
  createHash('sha256')
    .update(`${mermaidVersion()}\n${JSON.stringify(config(theme))}\n${source}`)
    .digest('hex');

function chromium() {
  return [process.env.PLAYWRIGHT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (file) => file && fs.existsSync(file),
  );
}

let renderer;
/** Draws the diagrams not in the cache (one browser for all of them) and caches them. Returns `{ svg } | { error }` per diagram. */
async function draw(sources, theme) {
  const results = sources.map((source) => {
    const svg = drawings.read(cacheKey(source, theme));
    return svg === undefined ? undefined : { svg };
  });
  const missing = sources.filter((_, i) => !results[i]);
  if (missing.length === 0) return results;
  const { createMermaidRenderer } = await import('mermaid-isomorphic');
  renderer ??= createMermaidRenderer({ launchOptions: { executablePath: chromium() } });
  const drawn = await renderer(missing, { prefix: PREFIX, mermaidConfig: config(theme) });
  let next = 0;
  return results.map((cached, i) => {
    if (cached) return cached;
    const index = next++;
    const result = drawn[index];
    if (result.status === 'rejected') return { error: String(result.reason?.message ?? result.reason) };
    const svg = result.value.svg.replace(new RegExp(`${PREFIX}-${index}(?!\\d)`, 'g'), ID);
    drawings.write(cacheKey(sources[i], theme), svg);
    return { svg };
  });
}

const isMermaid = (node) =>
  node.tagName === 'pre' &&
  node.children[0]?.type === 'element' &&
  node.children[0].tagName === 'code' &&
  [].concat(node.children[0].properties.className ?? []).includes('language-mermaid');

export default function rehypeMermaidDiagrams() {
  return async (tree, file) => {
    const blocks = [];
    visit(tree, 'element', (node, index, parent) => {
      if (!isMermaid(node) || !parent || index === undefined) return;
      blocks.push({ node, index, parent, source: toString(node).trim() });
      return SKIP;
    });
    if (blocks.length === 0) return;
    const sources = blocks.map((block) => block.source);
    let light, dark;
    try {
      [light, dark] = await Promise.all([draw(sources, THEMES.light), draw(sources, THEMES.dark)]);
    } catch (error) {
      return failOnErrors(file, [
        problem(
          file,
          `mermaid diagram cannot be drawn: ${error.message.split('\n')[0]} (it needs Chromium: set PLAYWRIGHT_CHROMIUM or install chromium)`,
          blocks[0].node,
        ),
      ]);
    }
    const problems = [];
    blocks.forEach(({ node, index, parent }, n) => {
      const error = light[n].error ?? dark[n].error;
      if (error) {
        problems.push(problem(file, `mermaid diagram does not parse: ${error.replace(/\n-*\^\n/, ' ').replace(/\s*\n\s*/g, ' ')}`, node));
        return;
      }
      const html = Object.entries({ light: light[n].svg, dark: dark[n].svg })
        .map(([theme, svg]) => `<div class="mermaid__${theme}">${svg.replaceAll(ID, `mermaid-${n}-${theme}`)}</div>`)
        .join('');
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'figure',
        attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'mermaid' }, innerHtmlAttribute(html)],
        children: [],
        position: node.position,
      };
    });
    failOnErrors(file, problems);
  };
}
