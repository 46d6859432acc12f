import type { Element, Text } from 'hast';
import { type Edit, type SitePage, eachElement, sourceRange } from './site-pass';

// Next writes its runtime into every page as `<script src async>` tags (and a script preload), so a
// phone starts fetching ~130 KiB gzip of framework JS while the CSS and fonts of the first paint are
// still arriving. Nothing on these pages needs JS to be seen: the islands only add behaviour. So the
// chunks move into a list that a small inline loader injects once the first frame has been painted.
const LIST_ID = 'deferred-scripts';
/** A file of Next's build, under any base path (`/_next/…`, `/blog/_next/…`). */
const NEXT_FILE = /^(?:\/[^/?#]+)*\/_next\//;
const NEXT_CHUNK = /^(?:\/[^/?#]+)*\/_next\/static\/chunks\/[\w.-]+\.js$/;

/**
 * Runs in the page: after the first frame (requestAnimationFrame, then a task), inserts the chunks
 * as async scripts, as Next would have. The `async` attribute matters: React looks scripts up by
 * `script[async][src]` and would fetch a chunk again if it were missing. Background tabs paint
 * nothing, so they hydrate when first shown.
 */
export const HYDRATION_LOADER = `requestAnimationFrame(()=>setTimeout(()=>{for(const src of JSON.parse(document.getElementById('${LIST_ID}').textContent)){const s=document.createElement('script');s.src=src;s.async=true;document.body.append(s)}}))`;

export interface InlineScript {
  type: string;
  code: string;
}

declare const final: unique symbol;

/**
 * A page whose scripts are settled: the edits made to it so far and every inline script it will
 * be written with. Only this module makes one (deferHydration, scriptsAsWritten), and the CSP step
 * takes one, so the policy cannot hash scripts that a later step would still change.
 */
export interface FinalScripts {
  readonly page: SitePage;
  readonly edits: readonly Edit[];
  readonly inlineScripts: readonly InlineScript[];
  /** Whether the written page loads Next's runtime through the loader. */
  readonly deferred: boolean;
  readonly [final]: true;
}

/** The shapes Next 16 writes its runtime in; anything else under /_next/ that loads code is refused. */
function nextScript(node: Element): 'chunk' | 'polyfill' | 'other' | undefined {
  if (node.tagName !== 'script' && node.tagName !== 'link') return undefined;
  const props = node.properties;
  const names = Object.keys(props).sort().join(' ');
  if (node.tagName === 'script' && typeof props.src === 'string' && NEXT_FILE.test(props.src)) {
    if (names === 'async src' && props.async === true && NEXT_CHUNK.test(props.src)) return 'chunk';
    // The nomodule polyfill: modern browsers never fetch it, so it may stay.
    if (names === 'noModule src' && props.noModule === true) return 'polyfill';
    return 'other';
  }
  if (node.tagName === 'link' && typeof props.href === 'string' && NEXT_FILE.test(props.href) && /\.m?js$/.test(props.href)) {
    const preload = String(props.rel) === 'preload' && props.as === 'script' && NEXT_CHUNK.test(props.href);
    if (preload && (names === 'as href rel' || (names === 'as fetchPriority href rel' && typeof props.fetchPriority === 'string'))) return 'chunk';
    return 'other';
  }
  return undefined;
}

function inlineScript(node: Element): InlineScript | undefined {
  if (node.tagName !== 'script' || node.properties.src !== undefined) return undefined;
  return { type: String(node.properties.type ?? '').trim(), code: node.children.map((child) => (child as Text).value).join('') };
}

/** A page's scripts as they are (when hydration deferral is not run). */
export function scriptsAsWritten(page: SitePage): FinalScripts {
  const inlineScripts: InlineScript[] = [];
  let deferred = false;
  eachElement(page.tree, (node) => {
    if (node.properties.id === LIST_ID) deferred = true;
    const script = inlineScript(node);
    if (script) inlineScripts.push(script);
  });
  return { page, edits: [], inlineScripts, deferred } as unknown as FinalScripts;
}

/**
 * The page with Next's runtime scripts loaded after the first paint: its script preloads and
 * async chunks are removed and listed for the loader inserted before `</body>`. Recognises Next's
 * markup from the parsed page (tag, attributes, /_next/ path) and throws, naming the page, for a
 * Next script of any other shape, which would otherwise still load early. A page without Next
 * scripts, or deferred by an earlier run, gets no edits.
 */
export function deferHydration(page: SitePage): FinalScripts {
  const inlineScripts: InlineScript[] = [];
  let deferred = false;
  // Preloads first, then scripts, each in page order: the order the browser would have fetched them.
  const preloads: string[] = [];
  const scripts: string[] = [];
  const edits: Edit[] = [];
  let body: Element | undefined;
  eachElement(page.tree, (node) => {
    if (node.tagName === 'body') body = node;
    if (node.properties.id === LIST_ID) deferred = true;
    const script = inlineScript(node);
    if (script) inlineScripts.push(script);
    const kind = nextScript(node);
    if (kind === 'other') {
      const { start, end } = sourceRange(page, node);
      throw new Error(`${page.file}: a Next script the hydration loader does not recognise: ${page.html.slice(start, end)}`);
    }
    if (kind !== 'chunk') return;
    if (node.tagName === 'link') preloads.push(String(node.properties.href));
    else scripts.push(String(node.properties.src));
    edits.push({ ...sourceRange(page, node), text: '' });
  });
  if (edits.length === 0) return { page, edits, inlineScripts, deferred } as unknown as FinalScripts;
  if (deferred) throw new Error(`${page.file}: Next scripts are left in a page whose hydration was already deferred`);
  const end = body?.position?.end.offset;
  if (end === undefined || page.html.slice(end - '</body>'.length, end) !== '</body>')
    throw new Error(`${page.file}: no </body> to put the hydration loader before`);
  const list = JSON.stringify([...new Set([...preloads, ...scripts])]);
  const at = end - '</body>'.length;
  edits.push({ start: at, end: at, text: `<script type="application/json" id="${LIST_ID}">${list}</script><script>${HYDRATION_LOADER}</script>` });
  inlineScripts.push({ type: 'application/json', code: list }, { type: '', code: HYDRATION_LOADER });
  return { page, edits, inlineScripts, deferred: true } as unknown as FinalScripts;
}
