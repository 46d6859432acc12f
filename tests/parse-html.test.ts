import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parseHtml } from '../lib/post-build/parse-html';
import { parsePage } from '../lib/post-build/site-pass';

// The kinds of markup Next and React write into an exported page, and the HTML of posts.
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>A &amp; B</title>' +
  '<script>self.__next_f.push([1,"<div>&amp;</div><p>"])</script><script type="application/ld+json">{"a":"</b>"}</script>' +
  '<style>a>b{c:d}</style><link rel="stylesheet" href="/s.css" precedence="next"/></head>' +
  '<body class="x"><!--$--><div class="a b" id="top" hidden="" data-n="1" aria-hidden="true" tabindex="-1">' +
  '<p>one &lt;two&gt; &#x26; three&nbsp;four<br/>five</p>' +
  '<svg viewBox="0 0 10 10" class="icon" aria-hidden="true"><clipPath id="c"><rect width="10" height="10"/></clipPath>' +
  '<path d="M0 0" stroke-width="2" fill-rule="evenodd"></path><foreignObject><p class="in">html</p></foreignObject></svg>' +
  '<math display="block"><mi mathvariant="normal">x</mi><annotation encoding="application/x-tex">x</annotation></math>' +
  '<ol start="2"><li type="a" value="3">x</li></ol><input type="checkbox" value="v" checked="" disabled=""/>' +
  '<button type="button" value="b">go</button><a href="/p/?q=1&amp;r=2" rel="noopener noreferrer">l</a>' +
  '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>' +
  '<img src="a.png" alt="" width="10" height="10" loading="lazy"/></div><!--/$--></body></html>';

/** The tree without positions, and each element's tag and source offsets in document order. */
function shape(tree: Nodes): { tree: unknown; offsets: [string, number?, number?][] } {
  const offsets: [string, number?, number?][] = [];
  const strip = (node: Nodes): unknown => {
    const { position, ...rest } = node as Nodes & { children?: Nodes[] };
    if (node.type === 'element') offsets.push([node.tagName, position?.start.offset, position?.end.offset]);
    return 'children' in rest && rest.children ? { ...rest, children: rest.children.map(strip) } : rest;
  };
  return { tree: strip(tree), offsets };
}

describe('parseHtml (the page parse of post-build)', () => {
  it('gives the tree hast-util-from-html (parse5) gives for markup React writes, with the same element offsets', () => {
    const ours = shape(parseHtml(PAGE)!);
    const parse5 = shape(fromHtml(PAGE));
    assert.deepEqual(ours.tree, parse5.tree);
    assert.deepEqual(ours.offsets, parse5.offsets);
  });

  it('gives up on markup that needs error recovery (htmlparser2 recovers differently from a browser), so the page is parsed by parse5', () => {
    const body = (html: string) => `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
    for (const html of ['<p>a<div>b</div></p>', '<ul><li>a<li>b</ul>', '<div><span>a</div>', 'a</p>b', 'a</br>b', '<div>open']) {
      assert.equal(parseHtml(body(html)), undefined, html);
      assert.deepEqual(shape(parsePage('x.html', body(html)).tree).tree, shape(fromHtml(body(html))).tree, html);
    }
    for (const html of ['<img src="a.png"/><br/><hr/>', '<svg><path d="M0 0"/><rect/></svg>', '<math><mi>x</mi><mspace/></math>'])
      assert.ok(parseHtml(body(html)), html);
  });

  it('gives line and column with each offset', () => {
    const tree = parseHtml('<html><head></head><body>\n  <p>a</p>\n</body></html>')!;
    const p = (tree.children[0] as { children: Nodes[] }).children[1] as { children: Nodes[] };
    assert.deepEqual(p.children[1].position, { start: { line: 2, column: 3, offset: 28 }, end: { line: 2, column: 11, offset: 36 } });
  });
});
