// Rehype plugin for posts: gives the compile (file.data.text) the body's prose as a reader sees
// it, for reading time, excerpts, related posts and the dev search index. It walks the rendered
// tree, so what a regex over the source could only guess is exact here: code blocks, formulas,
// diagrams and figures' SVG are not prose; JSX props never reach the tree's children; ESM and
// `{expressions}` are code; footnote back-links and screen-reader-only labels are not read.
import { SKIP, visit } from 'unist-util-visit';

const classes = (node) => [].concat(node.properties?.className ?? node.properties?.class ?? []).flatMap((name) => String(name).split(/\s+/));

/** Elements (and their content) that are not prose. */
function isSkipped(node) {
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'raw') return true;
  if (node.type !== 'element') return false;
  if (node.tagName === 'pre' || node.tagName === 'svg' || node.tagName === 'script' || node.tagName === 'style') return true;
  // Footnote markers (the digits after a word) and their back-links are navigation, not words.
  if (node.properties?.dataFootnoteBackref !== undefined || node.properties?.dataFootnoteRef !== undefined) return true;
  const names = classes(node);
  return names.includes('katex') || names.includes('katex-display') || names.includes('sr-only');
}

// Elements that start a new line of prose: their text must not run into the next block's.
const BLOCK = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'blockquote',
  'td',
  'th',
  'tr',
  'div',
  'section',
  'figure',
  'figcaption',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const isBlock = (node) => node.type === 'mdxJsxFlowElement' || (node.type === 'element' && BLOCK.has(node.tagName));

/** The prose of a tree: its text nodes in order, blocks apart, whitespace collapsed. */
export function plainText(tree) {
  const parts = [];
  visit(tree, (node) => {
    if (isSkipped(node)) return SKIP;
    if (node.type === 'text') parts.push(node.value);
    else if (isBlock(node)) parts.push(' ');
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export default function rehypePlainText() {
  return (tree, file) => {
    file.data.text = plainText(tree);
  };
}
