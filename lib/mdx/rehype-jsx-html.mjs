// Rehype plugin for .mdx posts: a lowercase JSX element written like HTML (`<div class="note"
// style="color: red" onclick="…">`) becomes the HTML element it means, so React gets `className`
// and a style object instead of refusing them at prerender, and the sanitiser (which removes the
// onclick, with a warning) sees it like raw HTML in a .md post. Elements with `{expressions}` stay
// JSX; there a style string or an event handler is reported with its line.
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { failOnErrors, problem, warn } from './post-file.mjs';
import { sanitizeSchema } from './sanitize-schema.mjs';

const isHtmlJsx = (node) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[a-z][a-z0-9-]*$/.test(node.name ?? '');
const literal = (attribute) =>
  attribute.type === 'mdxJsxAttribute' && (attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string');

export default function rehypeJsxHtml() {
  return (tree, file) => {
    const problems = [];
    visit(tree, (node) => {
      if (!isHtmlJsx(node)) return;
      if (node.attributes.every(literal)) {
        const attributes = Object.fromEntries(node.attributes.map((a) => [a.name, a.value ?? true]));
        Object.assign(node, h(node.name, attributes, node.children), { position: node.position });
        delete node.name;
        delete node.attributes;
        // Rendered like the same HTML in a .md post, through the post components: an <a> gets the
        // Link component, which puts the basePath before a site path (MDX leaves explicit JSX alone).
        if (node.data) delete node.data._mdxExplicitJsx;
        return;
      }
      // Left as JSX it would skip the sanitiser: only tags it allows may carry expressions.
      if (!sanitizeSchema.tagNames.includes(node.name)) {
        problems.push(
          problem(file, `<${node.name}> with {expressions} cannot be checked: write its attributes as plain strings (it is then sanitised like HTML)`, node),
        );
        return;
      }
      node.attributes = node.attributes.filter((a) => {
        if (a.type !== 'mdxJsxAttribute') return true;
        if (/^on/i.test(a.name)) {
          warn(file, `removed ${a.name} from <${node.name}>: posts cannot run scripts`, node);
          return false;
        }
        if (a.name === 'class') a.name = 'className';
        if (a.name === 'style' && typeof a.value === 'string')
          problems.push(problem(file, `<${node.name} style="${a.value}">: beside {expressions}, write the style as an object: style={{ color: 'red' }}`, node));
        return true;
      });
    });
    failOnErrors(file, problems);
  };
}
