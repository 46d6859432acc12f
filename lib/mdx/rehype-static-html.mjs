// Rehype plugin for posts, last in the pipeline: the inside of each KaTeX formula and each
// highlighted code block becomes one HTML string (React's dangerouslySetInnerHTML) instead of a
// tree of JSX elements. The page's HTML is the same; a formula is otherwise dozens of React
// elements with style objects that are compiled, bundled, serialised into the RSC payload and
// rendered on every build, which made them the largest cost of compiling and rendering a post.
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

// rehype-katex gives className as a list; Shiki gives `class` as one string.
const classes = (node) => [].concat(node.properties?.className ?? node.properties?.class ?? []).flatMap((name) => String(name).split(/\s+/));

/** Elements whose content is static markup nobody renders with components. */
function isStatic(node, parent) {
  if (node.tagName === 'span' && classes(node).includes('katex')) return true;
  return node.tagName === 'code' && parent?.type === 'element' && parent.tagName === 'pre' && classes(parent).includes('shiki');
}

/** `{ __html: html }` as an MDX JSX attribute (an estree object expression beside its source text). */
export function innerHtmlAttribute(html) {
  const literal = { type: 'Literal', value: html, raw: JSON.stringify(html) };
  const object = {
    type: 'ObjectExpression',
    properties: [
      { type: 'Property', key: { type: 'Identifier', name: '__html' }, value: literal, kind: 'init', method: false, shorthand: false, computed: false },
    ],
  };
  return {
    type: 'mdxJsxAttribute',
    name: 'dangerouslySetInnerHTML',
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: `{ __html: ${literal.raw} }`,
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: object }] } },
    },
  };
}

export default function rehypeStaticHtml() {
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!isStatic(node, parent) || !parent || index === undefined) return;
      // Only a class to carry over: anything else would need React's attribute names.
      if (Object.keys(node.properties ?? {}).some((name) => name !== 'className')) return;
      const className = classes(node).join(' ');
      parent.children[index] = {
        type: 'mdxJsxTextElement',
        name: node.tagName,
        attributes: [...(className ? [{ type: 'mdxJsxAttribute', name: 'className', value: className }] : []), innerHtmlAttribute(toHtml(node.children))],
        children: [],
        position: node.position,
      };
      return SKIP;
    });
  };
}
