import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './site-files';

// Next writes its runtime into every page as `<script src async>` tags (and a script preload), so a
// phone starts fetching ~130 KiB gzip of framework JS while the CSS and fonts of the first paint are
// still arriving. Nothing on these pages needs JS to be seen: the islands only add behaviour. So the
// chunks move into a list that a small inline loader injects once the first frame has been painted.
const FRAMEWORK_SCRIPT = /<script src="(\/_next\/static\/chunks\/[\w.-]+\.js)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"(?: fetchPriority="\w+")? href="(\/_next\/static\/chunks\/[\w.-]+\.js)"\/>/g;
const LIST_ID = 'deferred-scripts';

/**
 * Runs in the page: after the first frame (requestAnimationFrame, then a task), inserts the chunks
 * as async scripts, as Next would have. The `async` attribute matters: React looks scripts up by
 * `script[async][src]` and would fetch a chunk again if it were missing. Background tabs paint
 * nothing, so they hydrate when first shown.
 */
export const HYDRATION_LOADER = `requestAnimationFrame(()=>setTimeout(()=>{for(const src of JSON.parse(document.getElementById('${LIST_ID}').textContent)){const s=document.createElement('script');s.src=src;s.async=true;document.body.append(s)}}))`;

/** The page with Next's runtime scripts loaded after the first paint; a page without them, or done before, is returned as is. */
export function deferHydration(html: string, file = 'page'): string {
  if (html.includes(`id="${LIST_ID}"`)) return html;
  const chunks = new Set<string>();
  const page = html
    .replace(SCRIPT_PRELOAD, (_, src: string) => (chunks.add(src), ''))
    .replace(FRAMEWORK_SCRIPT, (_, src: string) => (chunks.add(src), ''));
  // Anything else would still load early (only the nomodule polyfill, which modern browsers skip, may
  // stay). Checked before the early return, so a page whose tags Next writes differently fails too.
  if (/<script src="\/_next\/[^"]*"(?![^>]*noModule)/.test(page)) throw new Error(`${file}: a Next script the hydration loader does not recognise is left in the page`);
  if (chunks.size === 0) return html;
  const end = page.lastIndexOf('</body>');
  if (end < 0) throw new Error(`${file}: no </body> to put the hydration loader before`);
  const loader = `<script type="application/json" id="${LIST_ID}">${JSON.stringify([...chunks])}</script><script>${HYDRATION_LOADER}</script>`;
  return page.slice(0, end) + loader + page.slice(end);
}

/** Defers hydration in every page of an exported site. Returns how many pages load framework JS. */
export function deferHydrationInSite(siteDir: string): number {
  let deferred = 0;
  for (const file of htmlFiles(siteDir)) {
    const full = path.join(siteDir, file);
    const html = fs.readFileSync(full, 'utf8');
    const page = deferHydration(html, file);
    if (page.includes(`id="${LIST_ID}"`)) deferred++;
    if (page !== html) fs.writeFileSync(full, page);
  }
  return deferred;
}
