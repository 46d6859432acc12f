import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  blockquote: ['cite'],
  q: ['cite'],
};

/** Elements that only work with the site's scripts, so a feed reader gets nothing from them. */
const DROPPED = new Set(['script', 'style', 'button', 'template', 'noscript']);

/**
 * Feed readers show a post without the site's CSS: text hidden for screen readers would show up
 * as clutter, and decorative (aria-hidden) parts such as KaTeX's HTML rendering of math (its
 * MathML twin stays) would show twice, like the dark-theme copy of a mermaid diagram.
 */
function needsSiteCss(node: Element): boolean {
  return hasClass(node, 'visually-hidden') || hasClass(node, 'mermaid__dark') || node.properties.ariaHidden === 'true';
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

/**
 * The body of a published post page (its parse, left unchanged), ready for a feed: the `.prose`
 * element of the page's `<article>` with every URL made absolute against `pageUrl`, without
 * scripts, buttons, comments and the parts that need the site's CSS. Throws when the page has no
 * article body, so a change of page markup cannot silently empty the feeds.
 */
export function feedBodyHtml(tree: Root, pageUrl: string, page = pageUrl): string {
  let body: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'article') return;
    visit(node, 'element', (inner: Element) => {
      if (!body && hasClass(inner, 'prose')) body = inner;
    });
    return SKIP;
  });
  if (!body) throw new Error(`${page}: no <article> with a .prose element to take the post body from`);

  // A copy: the page's parse is shared with the other post-build steps.
  const root: Root = { type: 'root', children: structuredClone(body.children) };
  visit(root, (node, index, parent) => {
    const dropped = node.type === 'comment' || (node.type === 'element' && (DROPPED.has(node.tagName) || needsSiteCss(node)));
    if (dropped && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'element') return;
    // An inline SVG figure (components/mdx/Figure.tsx) goes to readers as its published file:
    // many strip inline SVG, and without the site's CSS it has nothing to gain from being inline.
    if (hasClass(node, 'figure__frame') && typeof node.properties.dataSrc === 'string' && parent && index !== undefined) {
      const svg = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
      parent.children[index] = {
        type: 'element',
        tagName: 'img',
        properties: { src: new URL(node.properties.dataSrc, pageUrl).href, alt: String(svg?.properties.ariaLabel ?? '') },
        children: [],
      };
      return SKIP;
    }
    // These attribute names are also their hast property names.
    for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
      const value = node.properties[attribute];
      if (typeof value === 'string') node.properties[attribute] = new URL(value, pageUrl).href;
    }
    // Responsive images (img, source): each srcset candidate is `url descriptor`.
    const srcSet = node.properties.srcSet;
    if (typeof srcSet === 'string') {
      node.properties.srcSet = srcSet
        .split(',')
        .map((candidate) => {
          const [url, ...descriptor] = candidate.trim().split(/\s+/);
          return [new URL(url, pageUrl).href, ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return toHtml(root).trim();
}
