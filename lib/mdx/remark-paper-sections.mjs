// Remark plugin for posts: a paper's section reads as one unit. The heading is the paper's title,
// so a <Paper> whose title is the nearest heading above it gets `titleInHeading` (its card then
// leaves the title to the heading; the JSON-LD keeps it), and a <Tweet> in that section whose first
// paragraph names the paper gets `repeatsPaper` (it is shown collapsed).
import { visit } from 'unist-util-visit';
import { attributeValue } from './estree.mjs';

/** Share of a tweet's title words that must be the paper's for it to count as naming the paper. */
const NAMES_PAPER = 0.6;

const text = (node) => (typeof node.value === 'string' ? node.value : (node.children ?? []).map(text).join(''));
const words = (value) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const flag = (node, name) => node.attributes.push({ type: 'mdxJsxAttribute', name, value: null });

/** "Segment Anything [Kirillov+, ICCV, 2023]" names "Segment Anything": most of its words (the citation in brackets aside) are the title's. */
export function namesPaper(line, title) {
  const own = words(line.replace(/\[[^\]]*\]\s*$/, ''));
  const titleWords = new Set(words(title));
  return own.length >= 2 && own.filter((w) => titleWords.has(w)).length / own.length >= NAMES_PAPER;
}

export default function remarkPaperSections() {
  return (tree) => {
    let heading = '';
    let papers = [];
    visit(tree, (node) => {
      if (node.type === 'heading') {
        heading = words(text(node)).join(' ');
        papers = [];
        return;
      }
      if (node.type !== 'mdxJsxFlowElement') return;
      if (node.name === 'Paper') {
        const title = attributeValue(node, 'title');
        if (typeof title !== 'string') return;
        papers.push(title);
        if (heading && words(title).join(' ') === heading) flag(node, 'titleInHeading');
      }
      if (node.name === 'Tweet') {
        const first = node.children.find((child) => child.type === 'paragraph');
        if (first && papers.some((title) => namesPaper(text(first), title))) flag(node, 'repeatsPaper');
      }
    });
  };
}
