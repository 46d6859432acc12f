import type { Element, Properties, Root, RootContent } from 'hast';
import { h, s } from 'hastscript';
import { Parser } from 'htmlparser2';

/**
 * The hast tree of an exported page (undefined if its markup needed HTML's error recovery), each
 * element with its source offsets (`position.start.offset` at its `<`, `position.end.offset` after
 * the `>` of its end tag, or of its start tag for a void element). Built from htmlparser2's events
 * rather than by parse5 (hast-util-from-html): it steps over the contents of a `<script>` at once,
 * where parse5 tokenises them character by character, and three fifths of a page Next wrote are the
 * inline scripts that carry its RSC payload (1.6 instead of 8 ms a page). That is safe here because
 * every page is written by React (and the HTML of posts serialised by hast-util-to-html): tags are
 * lowercase and closed, so none of HTML's error recovery or implied tags is needed. Where the markup
 * did need it (an element closed by another's start tag or by a parent's end tag, an end tag without
 * a start tag, an element left open), htmlparser2's recovery is not the spec's: the result is
 * undefined, for the caller to parse the page with parse5. SVG and MathML content stays as written
 * (React writes `clipPath`, not `clippath`), with SVG attributes mapped to properties as hast does.
 */
export function parseHtml(html: string): Root | undefined {
  // Quirks mode unless the page starts with <!DOCTYPE html>, as hast-util-from-html records it.
  const root: Root = { type: 'root', children: [], data: { quirksMode: true } };
  const open: (Root | Element)[] = [root];
  // Inside <svg> (but not in its <foreignObject>), attributes are SVG's.
  const inSvg: boolean[] = [false];
  let comment: { type: 'comment'; value: string } | undefined;
  const point = pointer(html);
  let recovered = false;
  const append = (node: RootContent) => (open.at(-1)!.children as RootContent[]).push(node);

  const parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        if (name.toLowerCase() !== '!doctype') return;
        append({ type: 'doctype' });
        root.data = { quirksMode: !/^!doctype html$/i.test(data) };
      },
      onopentag(name, attributes, implied) {
        // An end tag with no start tag (`</p>`, `</br>`) makes the element up.
        if (implied) recovered = true;
        const svg = name === 'svg' || (inSvg.at(-1)! && open.at(-1)!.type === 'element' && (open.at(-1) as Element).tagName !== 'foreignObject');
        const node = element(name, attributes, svg);
        node.position = { start: point(parser.startIndex), end: point(parser.endIndex + 1) };
        append(node);
        open.push(node);
        inSvg.push(svg);
      },
      onclosetag(_name, implied) {
        const node = open.pop() as Element;
        inSvg.pop();
        // Void and self-closing elements close with their start tag; any other implied close is recovery.
        if (implied && parser.endIndex + 1 !== node.position!.end.offset) recovered = true;
        node.position!.end = point(parser.endIndex + 1);
      },
      ontext(value) {
        // An entity ends one text event and starts another: one node per run of text, as parse5 gives.
        const siblings = open.at(-1)!.children;
        const last = siblings.at(-1);
        if (last?.type === 'text') last.value += value;
        else append({ type: 'text', value });
      },
      oncomment(value) {
        if (comment) comment.value += value;
        else append((comment = { type: 'comment', value }));
      },
      oncommentend() {
        comment = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: false, lowerCaseAttributeNames: false },
  );
  parser.end(html);
  return recovered ? undefined : root;
}

/** Line and column (1-based) of an offset in `text`, by a binary search of its line starts. */
function pointer(text: string): (offset: number) => { line: number; column: number; offset: number } {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1, offset };
  };
}

/**
 * The element with its attributes as hast properties (`class` → `className: [...]`, booleans,
 * numbers), mapped by hastscript as hast-util-from-html does.
 */
function element(name: string, attributes: Record<string, string>, svg: boolean): Element {
  const create = svg ? s : h;
  // hastscript reads an object with both a string `type` and a `value` as a child node (except on
  // <input> and <button>): such attributes go in without `value`, set afterwards.
  const { value, ...rest } = attributes;
  const ambiguous = value !== undefined && 'type' in attributes && name !== 'input' && name !== 'button';
  const node = create(name, (ambiguous ? rest : attributes) as Properties) as Element;
  if (ambiguous) node.properties.value = value;
  return node;
}
