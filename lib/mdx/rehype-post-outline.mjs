// Rehype plugin for posts: gives the compile (file.data) the h2/h3 outline for the table of
// contents and every <Paper> card with the section it sits under, both with the ids rehype-slug
// gave the headings (so the papers index links where the page has them), and puts the footnote
// labels GFM generates into the post's language (remark-rehype only takes one label for every file).
import { visit, SKIP } from 'unist-util-visit';
import { FOOTNOTE_LABELS_JA } from '../i18n/footnote-labels.mjs';
import { attributeValue } from './estree.mjs';
import { frontmatterOf } from './post-file.mjs';
import { PAPER_PROPS } from './remark-post-components.mjs';

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

/** A <Paper> as the papers index lists it (remark-post-components.mjs made sure its props are text). */
function paperMention(node, section) {
  const props = Object.fromEntries(PAPER_PROPS.map((name) => [name, attributeValue(node, name)]).filter(([, value]) => value));
  const url = props.paper ?? props.project ?? props.code ?? props.blog;
  return {
    title: props.title,
    ...(props.authors ? { authors: props.authors } : {}),
    ...(props.venue ? { venue: props.venue } : {}),
    ...(url ? { url } : {}),
    ...(section ? { section } : {}),
  };
}

export default function rehypePostOutline() {
  return (tree, file) => {
    const headings = [];
    const papers = [];
    let section;
    visit(tree, (node) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName) && node.properties?.id && !hasClass(node, 'sr-only')) {
        const text = headingText(node).replace(/\s+/g, ' ').trim();
        if (node.tagName === 'h2' || node.tagName === 'h3') {
          headings.push({ depth: Number(node.tagName[1]), id: String(node.properties.id), text });
          section = { id: String(node.properties.id), heading: text };
        }
        return SKIP;
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Paper') {
        papers.push(paperMention(node, section));
      }
    });

    if (frontmatterOf(file).lang === 'ja') {
      visit(tree, 'element', (node) => {
        if (String(node.properties?.id ?? '').endsWith('footnote-label')) node.children = [{ type: 'text', value: FOOTNOTE_LABELS_JA.footnotes }];
        if (node.properties?.dataFootnoteBackref !== undefined && node.properties.ariaLabel) {
          node.properties.ariaLabel = String(node.properties.ariaLabel).replace(/^Back to reference/, FOOTNOTE_LABELS_JA.backToReference);
        }
      });
    }

    Object.assign(file.data, { headings, papers });
  };
}
