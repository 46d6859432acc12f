// Rehype plugin for posts: exports the h2/h3 outline (`export const headings`) for the table of
// contents, with the ids rehype-slug gave them, and puts the footnote labels GFM generates into
// the post's language (remark-rehype only takes one label for every file).
import { valueToEstree } from 'estree-util-value-to-estree';
import { visit, SKIP } from 'unist-util-visit';
import { exportExpression } from './estree.mjs';
import { frontmatterOf } from './post-file.mjs';

const JA = { footnotes: '脚注', backToReference: '本文の参照箇所に戻る' };

const hasClass = (node, name) => [].concat(node.properties?.className ?? []).includes(name);

/** Readable heading text: math shows its TeX source, not KaTeX's two renderings. */
function headingText(node) {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (hasClass(node, 'katex')) {
    let tex = '';
    visit(node, 'element', (el) => {
      if (el.tagName === 'annotation') tex = el.children.map((c) => c.value ?? '').join('');
    });
    return tex;
  }
  return node.children.map(headingText).join('');
}

export default function rehypePostOutline() {
  return (tree, file) => {
    const headings = [];
    visit(tree, 'element', (node) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && node.properties?.id && !hasClass(node, 'sr-only')) {
        headings.push({ depth: Number(node.tagName[1]), id: String(node.properties.id), text: headingText(node).replace(/\s+/g, ' ').trim() });
        return SKIP;
      }
    });

    if (frontmatterOf(file).lang === 'ja') {
      visit(tree, 'element', (node) => {
        if (String(node.properties?.id ?? '').endsWith('footnote-label')) node.children = [{ type: 'text', value: JA.footnotes }];
        if (node.properties?.dataFootnoteBackref !== undefined && node.properties.ariaLabel) {
          node.properties.ariaLabel = String(node.properties.ariaLabel).replace(/^Back to reference/, JA.backToReference);
        }
      });
    }

    tree.children.unshift(exportExpression('headings', valueToEstree(headings), JSON.stringify(headings)));
  };
}
