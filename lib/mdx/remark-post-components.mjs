// Remark plugin for posts: turns images beside a post into sized `{ src, width, height, srcSet?,
// sources? }` objects (lib/mdx/media.mjs) rendered by <Figure> (standalone) or <Figure inline>, and checks
// the component props that would otherwise break silently (missing files or alt text, bad video
// ids, non-http links, unknown components). Every problem in a file is reported, then the
// compile fails once with the whole list.
import fs from 'node:fs';
import path from 'node:path';
import { visit, SKIP } from 'unist-util-visit';
import matter from 'gray-matter';
import { attributeValue, exportConst, expressionAttribute, stringAttribute } from './estree.mjs';
import { outsideReason, postMedia } from './media.mjs';

export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const HTTP_URL = /^https?:\/\/\S+$/;
const TWEET_URL = /^https:\/\/(?:twitter|x)\.com\/[A-Za-z0-9_]{1,15}\/status\/\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

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
    const problems = [];
    const report = (reason, node) => problems.push(file.message(reason, { place: node.position, ruleId: 'post-content', source: 'blog' }));

    /** Checks a local image reference; returns its path in the post folder and its description. */
    const describe = (src, node, what) => {
      if (REMOTE.test(src) || src.startsWith('/')) {
        report(`${what} "${src}" must be a file beside the post (remote and absolute URLs are not allowed: they leak readers to third parties and cannot be sized)`, node);
        return undefined;
      }
      const decoded = decodeURI(src);
      const outside = outsideReason(postDir, decoded);
      if (outside) {
        report(`${what} "${src}" ${outside}: only files inside the post folder are published`, node);
        return undefined;
      }
      if (!fs.existsSync(path.join(postDir, decoded))) {
        report(`${what} not found: "${src}" (looked in ${path.relative(process.cwd(), postDir) || '.'}/)`, node);
        return undefined;
      }
      try {
        return { decoded, image: postMedia(postDir, decoded, media) };
      } catch (error) {
        report(`${what} "${src}" cannot be read as an image: ${error.message}`, node);
        return undefined;
      }
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
        if (!node.alt || !node.alt.trim()) report(`image "${node.url}" has no alt text: write ![what the image shows](${node.url})`, node);
        const name = importFor(node.url, node, 'image');
        if (!name || !parent || index === undefined) return SKIP;
        const standalone = parent.type === 'paragraph' && parent.children.every((c) => c === node || (c.type === 'text' && !c.value.trim()));
        // A lone image is a figure, its Markdown title the caption; one inside a sentence stays inline.
        const element = figureElement(name, node, standalone ? [] : [booleanAttribute('inline')], priority());
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
        if (alt === undefined || (typeof alt === 'string' && !alt.trim())) report('<Figure> needs alt text: alt="what the image shows"', node);
        const src = attributeValue(node, 'src');
        if (src === undefined || src === '') report('<Figure> needs src="file beside the post"', node);
        else if (typeof src === 'string') {
          const name = importFor(src, node, '<Figure> src');
          if (name) {
            node.attributes = [...node.attributes.map((a) => (a.type === 'mdxJsxAttribute' && a.name === 'src' ? expressionAttribute('src', name) : a)), ...priority()];
          }
        }
      }

      if (node.name === 'YouTube') {
        const id = attributeValue(node, 'id');
        if (typeof id !== 'string' || !YOUTUBE_ID.test(id)) {
          report(`<YouTube id=${JSON.stringify(id ?? '')}> is not a valid YouTube id (11 characters of A-Z, a-z, 0-9, _ and -)`, node);
        }
        required('title');
      }

      if (node.name === 'Paper') {
        required('title');
        for (const name of ['paper', 'code', 'project', 'blog']) {
          const url = attributeValue(node, name);
          if (typeof url === 'string' && !HTTP_URL.test(url)) report(`<Paper ${name}="${url}"> must be an http(s) URL`, node);
        }
      }

      if (node.name === 'Tweet') {
        required('author');
        required('handle');
        const url = required('url');
        if (typeof url === 'string' && url && !TWEET_URL.test(url)) report(`<Tweet url="${url}"> must link to a post: https://x.com/<handle>/status/<id>`, node);
        const date = required('date');
        if (typeof date === 'string' && date && !ISO_DATE.test(date)) report(`<Tweet date="${date}"> must be an ISO date like 2024-01-17`, node);
      }
    });

    // The cover image is checked like body images; the body does not show it (list cards size it
    // from the content layer), so it gets no constant.
    const frontmatter = tree.children.find((node) => node.type === 'yaml');
    const featured = frontmatter ? matter(`---\n${frontmatter.value}\n---`, {}).data.featuredImage : undefined;
    if (typeof featured === 'string') describe(featured, frontmatter, 'featuredImage');

    if (problems.length > 0) {
      const list = problems.map((m) => `  ${m.line ?? '?'}:${m.column ?? '?'}  ${m.reason}`).join('\n');
      file.fail(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), file.path ?? 'post')}:\n${list}`, { ruleId: 'summary', source: 'blog' });
    }
    tree.children.unshift(...[...images].map(([name, image]) => exportConst(name, image)));
  };
}

function figureElement(name, image, ...extra) {
  const attributes = [expressionAttribute('src', name), stringAttribute('alt', image.alt ?? '')];
  if (image.title) attributes.push(stringAttribute('caption', image.title));
  return { type: 'mdxJsxFlowElement', name: 'Figure', attributes: [...attributes, ...extra.flat()], children: [], data: undefined };
}

/** A JSX attribute without a value: `<Figure inline>` means inline={true}. */
function booleanAttribute(name) {
  return { type: 'mdxJsxAttribute', name, value: null };
}
