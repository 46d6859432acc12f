import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parseHtml } from './parse-html';

/** One exported page, read and parsed once for every post-build step. */
export interface SitePage {
  /** POSIX path relative to the site folder, e.g. `post/index.html`. */
  file: string;
  /** The file as `next build` (or an earlier post-build) wrote it. */
  html: string;
  /** Its parse, with source offsets; steps read it and never change it. */
  tree: Root;
}

/**
 * A change to a page's source text: `html.slice(start, end)` becomes `text`. Pages are rewritten by
 * splicing their source at offsets from the parse, so everything no step meant to change stays
 * byte for byte as Next wrote it (re-serialising the tree would rewrite every attribute).
 */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The page and its parse: htmlparser2's, or parse5's where the markup needs HTML's error recovery (see parseHtml). */
export function parsePage(file: string, html: string): SitePage {
  return { file, html, tree: parseHtml(html) ?? fromHtml(html) };
}

/**
 * Calls `visit` for every element of the tree, in document order. A plain walk: unist-util-visit
 * copies the ancestor stack at every node, which cost more than the steps' own work (~3 ms of a
 * 7 ms step per page, ×1000 pages, ×4 steps).
 */
export function eachElement(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    eachElement(child, visit);
  }
}

/** Where an element's source starts and ends in its page; throws for one the parser implied (no source). */
export function sourceRange(page: SitePage, node: Element): { start: number; end: number } {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`${page.file}: <${node.tagName}> is not written in the page`);
  return { start, end };
}

/** The page's source with the edits applied; overlapping edits are a bug in a step, so they throw. */
export function applyEdits(page: Pick<SitePage, 'file' | 'html'>, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let html = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`${page.file}: two post-build steps change the same part of the page`);
    html += page.html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return html + page.html.slice(at);
}
