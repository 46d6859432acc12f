// The one allowlist for HTML written in posts (raw HTML in .md, lowercase JSX elements in .mdx),
// applied by rehype-sanitize-post.mjs. GitHub's rules (hast-util-sanitize's default), tightened:
// no <style> element, no <picture>/<source> (their srcset would load images from other hosts), no
// presentational attributes the HTML checker rejects as obsolete. Loosened: ids kept as written,
// any class, and style attributes (CSS cannot run code, and the page's CSP keeps url()s on the site).
import { defaultSchema } from 'hast-util-sanitize';

/** Attributes HTML no longer has (the Nu checker reports them); `align` becomes a class instead (see ALIGN_CLASS). */
const OBSOLETE = [
  'axis',
  'border',
  'cellPadding',
  'cellSpacing',
  'char',
  'charOff',
  'clear',
  'color',
  'compact',
  'frame',
  'hSpace',
  'noShade',
  'noWrap',
  'rules',
  'summary',
  'vAlign',
  'width',
  'height',
];

/** Tags that are removed with everything inside them; any other tag not allowed is unwrapped (its content kept). */
const STRIP = ['script', 'style', 'template', 'noscript', 'object', 'embed', 'iframe', 'form', 'select', 'textarea', 'button'];

export const sanitizeSchema = {
  ...defaultSchema,
  // rehype-slug and the footnotes give ids their own way; links to `#anchors` in old posts keep working.
  clobber: [],
  strip: STRIP,
  tagNames: [
    ...defaultSchema.tagNames.filter((name) => !['picture', 'source', 'strike', 'tt'].includes(name)),
    'small',
    'mark',
    'abbr',
    'cite',
    'u',
    'figure',
    'figcaption',
    'caption',
  ],
  attributes: {
    ...defaultSchema.attributes,
    // remark-math marks formulas with these; rehype-katex renders them after sanitising.
    code: [['className', /^language-./, 'math-inline', 'math-display']],
    img: [...defaultSchema.attributes.img, 'width', 'height'],
    '*': [...defaultSchema.attributes['*'].filter((name) => !OBSOLETE.includes(name)), 'className', 'style'],
  },
};

/** `align="center"` on any element but a table cell becomes this class. */
export const ALIGN_CLASS = (value) => `align-${value}`;
export const ALIGN_VALUES = ['left', 'center', 'right', 'justify'];
