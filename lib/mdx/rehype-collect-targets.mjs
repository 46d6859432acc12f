// Rehype plugin for posts: gives the compile (file.data) every element id of the rendered body
// (headings, footnotes) and every link, with its line, so `npm run check` can check links between
// posts and their #anchors without compiling them again.
import { visit } from 'unist-util-visit';

export default function rehypeCollectTargets() {
  return (tree, file) => {
    const ids = [];
    const links = [];
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.push(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        links.push({ href: node.properties.href, line: node.position?.start.line, column: node.position?.start.column });
      }
    });
    Object.assign(file.data, { ids, links });
  };
}
