// Rehype plugin for posts: HTML written in a post (raw HTML in .md, HTML-like JSX in .mdx) keeps
// only what lib/mdx/sanitize-schema.mjs allows, removed by hast-util-sanitize (rehype-sanitize's
// core). It removes silently, so every element is first checked alone against the same schema
// and each removal becomes a warning with its line. `align` becomes a class the site styles, and
// a raw <img> beside the post is published and sized like a Markdown image.
import path from 'node:path';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { SKIP, visit } from 'unist-util-visit';
import { resolvePostImage } from './media.mjs';
import { errorUnlessImported, failOnErrors, warn } from './post-file.mjs';
import { ALIGN_CLASS, ALIGN_VALUES, sanitizeSchema } from './sanitize-schema.mjs';

// MDX's own nodes (components, expressions, exports) are not HTML: the sanitiser would drop them,
// so each waits in a placeholder element while the HTML around it is cleaned.
const SLOT = 'mdx-slot';
const schema = { ...sanitizeSchema, tagNames: [...sanitizeSchema.tagNames, SLOT], attributes: { ...sanitizeSchema.attributes, [SLOT]: ['dataSlot'] } };
// Elements are checked one at a time, without their ancestors.
const aloneSchema = { ...schema, ancestors: {} };

const attributeName = (property) => find(html, property).attribute;
const isMdx = (node) => node.type.startsWith('mdx');

/** `align="center"` as a class: `align` is obsolete HTML (table cells keep it: React makes it a style). */
function alignToClass(node) {
  const align = String(node.properties.align ?? '').toLowerCase();
  if (!ALIGN_VALUES.includes(align) || node.tagName === 'td' || node.tagName === 'th') return;
  delete node.properties.align;
  node.properties.className = [...[].concat(node.properties.className ?? []), ALIGN_CLASS(align)];
}

/** What the sanitiser will remove from this element (not its children), as warnings. */
function reportRemovals(node, file) {
  const alone = sanitize({ ...node, children: [] }, aloneSchema);
  if (alone.type !== 'element') {
    const stripped = schema.strip.includes(node.tagName);
    warn(
      file,
      stripped
        ? `removed <${node.tagName}> and its content: posts cannot carry ${node.tagName === 'script' ? 'scripts' : `<${node.tagName}>`}`
        : `removed the tag <${node.tagName}> (its text is kept): not allowed in posts`,
      node,
    );
    return stripped;
  }
  for (const [property, value] of Object.entries(node.properties)) {
    const kept = alone.properties[property];
    if (kept === undefined)
      warn(
        file,
        `removed ${attributeName(property)}="${[].concat(value).join(' ')}" from <${node.tagName}>${/^on/.test(property) ? ': posts cannot run scripts' : /^(href|src)$/.test(property) ? ': only http(s), mailto and relative links are allowed' : ''}`,
        node,
      );
    else if (Array.isArray(value) && value.length !== [].concat(kept).length) {
      const dropped = value.filter((v) => ![].concat(kept).includes(v));
      warn(file, `removed ${attributeName(property)}="${dropped.join(' ')}" from <${node.tagName}>`, node);
    }
  }
  return false;
}

/** The children, sanitised, with every MDX node back in its place (and its own children sanitised). */
function sanitizeChildren(children) {
  const slots = [];
  const hide = (nodes) =>
    nodes.map((node) => {
      if (isMdx(node)) {
        if (node.children) node.children = sanitizeChildren(node.children);
        slots.push(node);
        return { type: 'element', tagName: SLOT, properties: { dataSlot: String(slots.length - 1) }, children: [] };
      }
      if (node.children) node.children = hide(node.children);
      return node;
    });
  const clean = sanitize({ type: 'root', children: hide(children) }, schema);
  visit(clean, 'element', (node, index, parent) => {
    if (node.tagName !== SLOT) return;
    parent.children[index] = slots[Number(node.properties.dataSlot)];
    return SKIP;
  });
  return clean.children;
}

/** A raw <img>: published and sized like a Markdown image; one that cannot be is removed (imported posts) or an error. */
function postImage(node, index, parent, file, media, problems) {
  const src = String(node.properties.src ?? '');
  const postDir = file.path ? path.dirname(file.path) : process.cwd();
  const resolved = resolvePostImage(postDir, src, media, '<img> src');
  if ('reason' in resolved) {
    problems.push(errorUnlessImported(file, `${resolved.reason}; the image is left out`, node));
    parent.children.splice(index, 1);
    return index;
  }
  if (typeof node.properties.alt !== 'string' || !node.properties.alt.trim()) {
    problems.push(errorUnlessImported(file, `<img src="${src}"> has no alt text: write alt="what the image shows"`, node));
    node.properties.alt = '';
  }
  const { image } = resolved;
  // A width written in the post scales the image; the height follows its proportions.
  const width = Number(node.properties.width) > 0 ? Number(node.properties.width) : image.width;
  Object.assign(node.properties, { src: image.src, width, height: Math.round((image.height * width) / image.width), loading: 'lazy', decoding: 'async' });
}

/** @param {{ media?: 'publish' | 'dev' }} options how image sources are written (lib/mdx/media.mjs) */
export default function rehypeSanitizePost({ media = 'publish' } = {}) {
  return (tree, file) => {
    visit(tree, 'element', (node) => {
      alignToClass(node);
      if (reportRemovals(node, file)) return SKIP;
    });
    tree.children = sanitizeChildren(tree.children);
    const problems = [];
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'img') return postImage(node, index, parent, file, media, problems);
      // A link whose target was removed is only its text (an <a id> or <a name> stays, as an anchor).
      if (node.tagName === 'a' && Object.keys(node.properties).every((name) => !['href', 'id', 'name'].includes(name))) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
    });
    failOnErrors(file, problems);
  };
}
