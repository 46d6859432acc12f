// Remark plugin for posts: turns images beside a post into sized `{ src, width, height, srcSet?,
// sources? }` objects (lib/mdx/media.mjs) rendered by <Figure> (standalone) or <Figure inline>,
// SVG figures into checked inline SVG (lib/mdx/inline-svg.mjs), and checks
// the component props that would otherwise break silently (missing files or alt text, bad video
// ids, non-http links, unknown components). Every problem in a file is reported, then the
// compile fails once with the whole list.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { visit, SKIP } from 'unist-util-visit';
import { HTTP_URL, ISO_DATE } from '../content/patterns.mjs';
import { attributeValue, exportConst, expressionAttribute, stringAttribute } from './estree.mjs';
import { resolvePostImage } from './media.mjs';
import { errorUnlessImported, failOnErrors, frontmatterOf, problem } from './post-file.mjs';
import { inlineSvg } from './inline-svg.mjs';

/** The <Paper> props the papers index reads. */
export const PAPER_PROPS = ['title', 'authors', 'venue', 'paper', 'project', 'code', 'blog'];
export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const TWEET_URL = /^https:\/\/(?:twitter|x)\.com\/[A-Za-z0-9_]{1,15}\/status\/\d+$/;

/**
 * @param {{ components?: string[], media?: 'publish' | 'dev' }} options components: names of
 * the components mdx-components.tsx provides. media: how image sources are written (see media.mjs).
 */
export default function remarkPostComponents({ components = [], media = 'publish' } = {}) {
  const known = new Set(components);
  return (tree, file) => {
    const postDir = file.path ? path.dirname(file.path) : process.cwd();
    const imports = new Map(); // relative src -> constant name
    const images = new Map(); // constant name -> { src, width, height }
    const svgs = new Map(); // constant name -> { html, minWidth } of an SVG figure
    const problems = [];
    const report = (reason, node) => problems.push(problem(file, reason, node));
    // Imported posts are published with an empty alt and listed by the check instead.
    const missingAlt = (reason, node) => problems.push(errorUnlessImported(file, reason, node));

    /** Checks a local image reference; returns its path in the post folder and its description. */
    const describe = (src, node, what) => {
      const resolved = resolvePostImage(postDir, src, media, what);
      if ('reason' in resolved) return void report(resolved.reason, node);
      return resolved;
    };

    /** The name of the constant the body refers to a checked image by (one per file). */
    const importFor = (src, node, what) => {
      const existing = imports.get(decodeURI(src));
      if (existing) return existing;
      const described = describe(src, node, what);
      if (!described) return undefined;
      const name = `__postMedia${imports.size}`;
      imports.set(described.decoded, name);
      images.set(name, described.image);
      return name;
    };

    /** Replaces a component's file attribute (`src="plot.svg"`) with the checked image's constant. */
    const mediaAttribute = (node, attribute) => {
      const file = attributeValue(node, attribute);
      if (typeof file !== 'string' || file === '') return;
      const name = importFor(file, node, `<${node.name}> ${attribute}`);
      if (name) node.attributes = node.attributes.map((a) => (a.type === 'mdxJsxAttribute' && a.name === attribute ? expressionAttribute(attribute, name) : a));
      return name;
    };

    /** For an SVG figure, the name of the constant holding its inline SVG (one per figure: the alt and ids differ). */
    const inlineFor = (src, alt, node) => {
      const decoded = decodeURI(src);
      if (path.extname(decoded).toLowerCase() !== '.svg') return undefined;
      const name = `__postSvg${svgs.size}`;
      // Unique on any page that shows several posts (a feed reader), stable across builds.
      const idPrefix = `fig-${createHash('sha256')
        .update(`${path.basename(postDir)}/${decoded}#${svgs.size}`)
        .digest('hex')
        .slice(0, 8)}-`;
      const svg = inlineSvg(fs.readFileSync(path.join(postDir, decoded), 'utf8'), { alt: typeof alt === 'string' ? alt : '', idPrefix });
      for (const p of svg.problems) report(`figure "${src}"${p.line ? ` line ${p.line}` : ''}: ${p.message}`, node);
      svgs.set(name, { html: svg.html, minWidth: svg.minWidth });
      return name;
    };

    // The first image is fetched early and not lazily when it comes before the first heading, the
    // part of a post most likely on the first screen; every later image loads lazily.
    let seenImage = false;
    let seenHeading = false;
    const priority = () => {
      const first = !seenImage && !seenHeading;
      seenImage = true;
      return first ? [booleanAttribute('priority')] : [];
    };

    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') seenHeading = true;
      if (node.type === 'image') {
        if (!node.alt || !node.alt.trim()) missingAlt(`image "${node.url}" has no alt text: write ![what the image shows](${node.url})`, node);
        const name = importFor(node.url, node, 'image');
        if (!name || !parent || index === undefined) return SKIP;
        const standalone = parent.type === 'paragraph' && parent.children.every((c) => c === node || (c.type === 'text' && !c.value.trim()));
        // A lone image is a figure, its Markdown title the caption; one inside a sentence stays inline.
        const svg = standalone ? inlineFor(node.url, node.alt, node) : undefined;
        const element = figureElement(name, node, svg, standalone ? [] : [booleanAttribute('inline')], priority());
        if (standalone) Object.assign(parent, element);
        else parent.children[index] = { ...element, type: 'mdxJsxTextElement', position: node.position };
        return SKIP;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (node.name && /^[A-Z]/.test(node.name) && !node.name.includes('.') && !known.has(node.name)) {
        report(`unknown component <${node.name}> (available: ${[...known].map((c) => `<${c}>`).join(', ')})`, node);
      }
      const required = (name) => {
        const value = attributeValue(node, name);
        if (value === undefined || value === '') report(`<${node.name}> needs ${name}="..."`, node);
        return value;
      };

      if (node.name === 'Figure') {
        const alt = attributeValue(node, 'alt');
        if (alt === undefined || (typeof alt === 'string' && !alt.trim())) missingAlt('<Figure> needs alt text: alt="what the image shows"', node);
        const src = attributeValue(node, 'src');
        if (src === undefined || src === '') report('<Figure> needs src="file beside the post"', node);
        else {
          const name = mediaAttribute(node, 'src');
          const svg = name && typeof src === 'string' ? inlineFor(src, alt, node) : undefined;
          if (svg) node.attributes.push(expressionAttribute('svg', svg));
          if (name) node.attributes.push(...priority());
        }
      }

      if (node.name === 'YouTube') {
        const id = attributeValue(node, 'id');
        if (typeof id !== 'string' || !YOUTUBE_ID.test(id)) {
          report(`<YouTube id=${JSON.stringify(id ?? '')}> is not a valid YouTube id (11 characters of A-Z, a-z, 0-9, _ and -)`, node);
        }
        required('title');
        mediaAttribute(node, 'poster');
      }

      if (node.name === 'Embed') {
        const src = required('src');
        if (typeof src === 'string' && src && !HTTP_URL.test(src)) report(`<Embed src="${src}"> must be an http(s) URL`, node);
        required('title');
      }

      if (node.name === 'Paper') {
        required('title');
        // The papers index lists the card from these props (rehype-post-outline.mjs): they must be text.
        for (const name of PAPER_PROPS) {
          if (attributeValue(node, name) === null) report(`<Paper ${name}={…}>: write ${name}="..." as plain text so the papers index can read it`, node);
        }
        for (const name of ['paper', 'code', 'project', 'blog']) {
          const url = attributeValue(node, name);
          if (typeof url === 'string' && !HTTP_URL.test(url)) report(`<Paper ${name}="${url}"> must be an http(s) URL`, node);
        }
      }

      if (node.name === 'Tweet') {
        required('author');
        required('handle');
        const url = required('url');
        if (typeof url === 'string' && url && !TWEET_URL.test(url))
          report(`<Tweet url="${url}"> must link to a post: https://x.com/<handle>/status/<id>`, node);
        const date = required('date');
        if (typeof date === 'string' && date && !ISO_DATE.test(date)) report(`<Tweet date="${date}"> must be an ISO date like 2024-01-17`, node);
      }
    });

    // The cover image is checked like body images; the body does not show it (list cards size it
    // from the content layer), so it gets no constant.
    const featured = frontmatterOf(file).featuredImage;
    if (typeof featured === 'string')
      describe(
        featured,
        tree.children.find((node) => node.type === 'yaml'),
        'featuredImage',
      );

    failOnErrors(file, problems);
    tree.children.unshift(...[...images, ...svgs].map(([name, image]) => exportConst(name, image)));
  };
}

function figureElement(name, image, svg, ...extra) {
  const attributes = [expressionAttribute('src', name), stringAttribute('alt', image.alt ?? '')];
  if (image.title) attributes.push(stringAttribute('caption', image.title));
  if (svg) attributes.push(expressionAttribute('svg', svg));
  return { type: 'mdxJsxFlowElement', name: 'Figure', attributes: [...attributes, ...extra.flat()], children: [], data: undefined };
}

/** A JSX attribute without a value: `<Figure inline>` means inline={true}. */
function booleanAttribute(name) {
  return { type: 'mdxJsxAttribute', name, value: null };
}
