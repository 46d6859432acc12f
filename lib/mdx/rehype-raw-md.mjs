// Raw HTML in Markdown posts (.md), parsed as a browser parses it: an unclosed <br> or <li>, a
// stray </p> or a word in angle brackets (<think>) never fails the build. MDX's own nodes (the
// figures remark-post-components made) pass through untouched. What the HTML may contain is
// decided after this, by rehype-sanitize-post.mjs.
import { nodeTypes } from '@mdx-js/mdx';
import rehypeRaw from 'rehype-raw';
import { visit, EXIT } from 'unist-util-visit';

export default function rehypeRawMd() {
  const parse = rehypeRaw({ passThrough: nodeTypes });
  return (tree, file) => {
    let raw = false;
    visit(tree, 'raw', () => {
      raw = true;
      return EXIT;
    });
    // Only .md files have raw nodes; parsing again a post without them would only cost time.
    if (raw) return parse(tree, file);
  };
}
