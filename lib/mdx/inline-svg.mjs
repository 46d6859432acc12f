// SVG figures are put into the page's HTML instead of an <img>: only inline SVG sees the page's
// CSS, so its colours can follow the theme. This module checks a figure's SVG (anything that
// could run code or load something is refused, with its line, rather than silently dropped),
// prefixes its ids so two figures on a page never clash, names it from the alt text, turns each
// colour of the figure palette into `var(--fig-<hex>)` (figure-palette.css gives it a dark twin;
// other colours, such as the pixels of a drawn picture, stay as drawn) and measures its smallest
// text, from which the figure's narrowest legible width follows.
import fs from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** Text inside a figure never renders smaller than this many CSS pixels. */
export const MIN_TEXT_PX = 12;
/** The widest the post column gets (44rem); text too small to reach MIN_TEXT_PX there is an error. */
export const MAX_COLUMN_PX = 704;

const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'symbol',
  'use',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'path',
  'text',
  'tspan',
  'marker',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'filter',
  'feGaussianBlur',
  'feOffset',
  'feFlood',
  'feComposite',
  'feMerge',
  'feMergeNode',
  'feColorMatrix',
  'feBlend',
  'feDropShadow',
  'feMorphology',
]);
// Properties whose value may hold a colour (hast names; `style` holds declarations).
const COLOUR_PROPERTIES = ['fill', 'stroke', 'stopColor', 'floodColor', 'lightingColor', 'color', 'style'];
const HEX = /#([0-9a-f]{6}|[0-9a-f]{3})\b/gi;
const URL_REF = /url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi;

/** The palette's colours, read from the stylesheet that defines them (so the two cannot disagree). */
export const PALETTE = new Set(
  [...fs.readFileSync(new URL('./figure-palette.css', import.meta.url), 'utf8').matchAll(/--fig-([0-9a-f]{6})\s*:/g)].map((m) => m[1]),
);

const full = (hex) => (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toLowerCase();

/** The font size an element sets (attribute or style), in user units; undefined when it inherits. */
function ownFontSize(node) {
  const style = /(?:^|;)\s*font-size\s*:\s*([\d.]+)(?:px)?\s*(?:;|$)/.exec(String(node.properties.style ?? ''));
  const value = style ? style[1] : node.properties.fontSize;
  if (value === undefined) return undefined;
  const size = Number.parseFloat(String(value));
  return Number.isFinite(size) ? size : undefined;
}

/**
 * @param {string} source the SVG file's text
 * @param {{ alt: string, idPrefix: string }} options alt: the accessible name; idPrefix: put
 * before every id (must make ids unique on the page)
 * @returns {{ html: string, viewBoxWidth: number, minFontSize: number, minWidth: number, problems: { message: string, line?: number, column?: number }[] }}
 * minWidth: the narrowest CSS width at which the smallest text still renders at MIN_TEXT_PX.
 */
export function inlineSvg(source, { alt, idPrefix }) {
  const key = JSON.stringify([alt, idPrefix, source]);
  let result = inlined.get(key);
  if (!result) {
    result = inlineNow(source, { alt, idPrefix });
    if (inlined.size >= INLINED_KEPT) inlined.delete(inlined.keys().next().value);
    inlined.set(key, result);
  }
  return result;
}

// `next dev` compiles a post again on every save of its text; its figures, unchanged, are not
// parsed and checked again (18 figures took 150–300 ms of each save). Results are never mutated.
const INLINED_KEPT = 500;
/** @type {Map<string, ReturnType<typeof inlineNow>>} */
const inlined = new Map();

/** @param {string} source @param {{ alt: string, idPrefix: string }} options */
function inlineNow(source, { alt, idPrefix }) {
  const problems = [];
  const report = (message, node) => problems.push({ message, line: node?.position?.start.line, column: node?.position?.start.column });
  const tree = fromHtml(source.replace(/^\s*<\?xml[^>]*\?>/, ''), { fragment: true });
  const roots = tree.children.filter((node) => node.type === 'element');
  const root = roots[0];
  if (roots.length !== 1 || root.tagName !== 'svg') {
    report('the file must hold one <svg> element');
    return { html: '', viewBoxWidth: 0, minFontSize: 0, minWidth: 0, problems };
  }

  const ids = new Set();
  visit(root, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  const localRef = (ref, node) => {
    if (!ids.has(ref)) report(`refers to #${ref}, which the file does not define`, node);
    return `${idPrefix}${ref}`;
  };

  let minFontSize = Infinity;
  const walk = (node, fontSize) => {
    if (!ELEMENTS.has(node.tagName)) {
      report(`<${node.tagName}> is not allowed in a figure (it could run code, load a resource or hold HTML)`, node);
      return;
    }
    for (const [name, value] of Object.entries(node.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(name)) report(`the event handler ${name.toLowerCase()}="…" is not allowed in a figure`, node);
      else if (name === 'href' || name === 'xLinkHref') {
        if (text.startsWith('#')) node.properties[name] = `#${localRef(text.slice(1), node)}`;
        else report(`${name === 'href' ? 'href' : 'xlink:href'}="${text}" is not allowed: a figure may only refer to its own #ids`, node);
      } else if (/url\(/i.test(text)) {
        node.properties[name] = text.replace(URL_REF, (match, _q, ref) => {
          if (ref.startsWith('#')) return `url(#${localRef(ref.slice(1), node)})`;
          report(`url(${ref}) is not allowed: a figure may only refer to its own #ids`, node);
          return match;
        });
      }
    }
    if (typeof node.properties.id === 'string') node.properties.id = `${idPrefix}${node.properties.id}`;
    for (const name of COLOUR_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = value.replace(HEX, (m, hex) => (PALETTE.has(full(hex)) ? `var(--fig-${full(hex)})` : m));
    }
    const size = ownFontSize(node) ?? fontSize;
    if (node.children.some((child) => child.type === 'text' && child.value.trim()) && (node.tagName === 'text' || node.tagName === 'tspan')) {
      minFontSize = Math.min(minFontSize, size);
    }
    node.children = node.children.filter((child) => {
      if (child.type === 'comment') return false;
      // The figure is named by its alt text; a <title> would be a second, different name (and a tooltip).
      if (node === root && child.type === 'element' && (child.tagName === 'title' || child.tagName === 'desc')) return false;
      return true;
    });
    for (const child of node.children) if (child.type === 'element') walk(child, size);
  };
  walk(root, 16);

  const viewBox = String(root.properties.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const viewBoxWidth = viewBox.length === 4 && viewBox.every(Number.isFinite) ? viewBox[2] : Number.NaN;
  if (!(viewBoxWidth > 0)) report('the <svg> needs a viewBox="0 0 width height" so it can scale with the column', root);
  if (minFontSize === Infinity) minFontSize = 0;
  const minWidth = minFontSize > 0 ? Math.ceil((viewBoxWidth * MIN_TEXT_PX) / minFontSize) : 0;
  if (minWidth > MAX_COLUMN_PX) {
    report(
      `its smallest text (font-size ${minFontSize} in a ${viewBoxWidth}-wide viewBox) renders below ${MIN_TEXT_PX} px even in the widest column: make it at least ${Math.ceil((viewBoxWidth * MIN_TEXT_PX) / MAX_COLUMN_PX)}`,
      root,
    );
  }

  // The column sets the size: drop the fixed one, keep the aspect ratio from the viewBox.
  delete root.properties.width;
  delete root.properties.height;
  // An empty alt (an imported post without one, listed by the check) is decorative, as on an <img>.
  if (alt) {
    root.properties.role = 'img';
    root.properties.ariaLabel = alt;
  } else root.properties.ariaHidden = 'true';
  visit(root, 'text', (node, index, parent) => {
    // Indentation between elements is not text anyone reads.
    if (parent && parent.tagName !== 'text' && parent.tagName !== 'tspan' && !node.value.trim()) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  return { html: toHtml(root, { closeEmptyElements: true, tightSelfClosing: true }), viewBoxWidth, minFontSize, minWidth, problems };
}
