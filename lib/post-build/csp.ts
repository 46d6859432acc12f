import crypto from 'node:crypto';
import type { Element } from 'hast';
import { siteConfig } from '../../site.config';
import { href } from '../urls/paths';
import { type FinalScripts, scriptsAsWritten } from './defer-hydration';
import { type Edit, applyEdits, eachElement, parsePage, sourceRange } from './site-pass';

/** Where the video facade's player comes from (components/mdx/YouTube.tsx); it uses no thumbnails. */
const VIDEO_PLAYER_ORIGIN = 'https://www.youtube-nocookie.com';

/**
 * Directives every page gets. Inline scripts are allowed one by one through their hashes, never
 * with 'unsafe-inline'. Styles do need 'unsafe-inline': KaTeX positions glyphs with `style`
 * attributes, and attribute styles cannot be allowed by hash; injected CSS cannot run code, so
 * the risk is cosmetic.
 */
const PAGE_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'frame-src': [VIDEO_PLAYER_ORIGIN],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * The part of the policy a host sends as a header on every response. frame-ancestors only works
 * in a header; nothing here restricts scripts (no default-src or script-src), because the header
 * cannot know each page's script hashes and all policies apply at once: the per-page <meta> does that.
 */
const HEADER_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Response headers for every path; `/_next/static/` files have content hashes in their names. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_CSP,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

// Script types the browser runs (and checks against script-src); JSON-LD and other data blocks are not.
const EXECUTABLE_TYPE = /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:javascript|ecmascript))$/i;

// A click-to-load embed (components/mdx/Embed.tsx) names the one host its frame comes from.
const FRAME_ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d+)?$/i;

/**
 * What the page's policy must allow: the CSP source expression ('sha256-…') of each inline
 * script it is written with, in page order without repeats, and the origins of its click-to-load
 * embeds. Throws for inline code that a hash cannot allow (event handler attributes, javascript: URLs).
 */
function policySources({ page, inlineScripts }: FinalScripts): { scriptHashes: string[]; frameOrigins: string[]; head?: Element; oldPolicies: Element[] } {
  const frames = new Set<string>();
  // Where the policy goes, and the policies of an earlier run it replaces, from the same walk.
  let head: Element | undefined;
  const oldPolicies: Element[] = [];
  eachElement(page.tree, (node) => {
    if (node.tagName === 'head') head = node;
    if (node.tagName === 'meta' && String(node.properties.httpEquiv) === 'Content-Security-Policy') oldPolicies.push(node);
    const handler = Object.keys(node.properties).find((name) => /^on[A-Z]/.test(name));
    if (handler)
      throw new Error(`${page.file}: <${node.tagName}> has an inline event handler (${handler.toLowerCase()}), which the Content-Security-Policy blocks`);
    const href = node.properties.href;
    if (typeof href === 'string' && /^\s*javascript:/i.test(href))
      throw new Error(`${page.file}: <${node.tagName}> links to a javascript: URL, which the Content-Security-Policy blocks`);
    const frame = node.properties.dataFrameOrigin;
    if (frame !== undefined) {
      if (typeof frame !== 'string' || !FRAME_ORIGIN.test(frame))
        throw new Error(`${page.file}: data-frame-origin="${String(frame)}" is not an http(s) origin`);
      frames.add(frame);
    }
  });
  const hashes = inlineScripts
    .filter((script) => EXECUTABLE_TYPE.test(script.type))
    .map((script) => `'sha256-${crypto.createHash('sha256').update(script.code, 'utf8').digest('base64')}'`);
  return { scriptHashes: [...new Set(hashes)], frameOrigins: [...frames], head, oldPolicies };
}

/** The policy sources of a page as it is (see policySources). */
export function pageSources(html: string, file = 'page'): { scriptHashes: string[]; frameOrigins: string[] } {
  const { scriptHashes, frameOrigins } = policySources(scriptsAsWritten(parsePage(file, html)));
  return { scriptHashes, frameOrigins };
}

/** The CSP source expressions of a page's inline scripts (see pageSources). */
export function inlineScriptHashes(html: string, file = 'page'): string[] {
  return pageSources(html, file).scriptHashes;
}

/** Third parties the site config turns on (both off by default): giscus comments, Google Analytics. */
function optionalSources(config: Pick<typeof siteConfig, 'comments' | 'gaMeasurementId'>): { script: string[]; frame: string[]; connect: string[] } {
  const giscus = config.comments ? ['https://giscus.app'] : [];
  const analytics = config.gaMeasurementId ? ['https://www.googletagmanager.com'] : [];
  return { script: [...giscus, ...analytics], frame: giscus, connect: config.gaMeasurementId ? ['https://*.google-analytics.com'] : [] };
}

/**
 * The page policy: PAGE_DIRECTIVES plus script-src with the given hashes, and frame-src with the
 * origins of the page's own embeds. 'wasm-unsafe-eval' lets pagefind's WebAssembly search run; it
 * allows compiling Wasm only, not eval of JS.
 */
export function pagePolicy(
  scriptHashes: string[],
  config: Pick<typeof siteConfig, 'comments' | 'gaMeasurementId'> = siteConfig,
  frameOrigins: string[] = [],
): string {
  const extra = optionalSources(config);
  const directives: Record<string, string[]> = {
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...scriptHashes, ...extra.script],
    ...PAGE_DIRECTIVES,
    'frame-src': [...new Set([...PAGE_DIRECTIVES['frame-src'], ...extra.frame, ...frameOrigins])],
  };
  if (extra.connect.length > 0) directives['connect-src'] = ["'self'", ...extra.connect];
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The page's edits with its policy added as a <meta> at the top of <head>, replacing one added
 * before. It goes right after <meta charset> (which must stay within the first 1024 bytes) and so
 * before any script. Takes the page with its scripts settled, so every script it hashes is final.
 */
export function withCsp(settled: FinalScripts): Edit[] {
  const { page } = settled;
  const { scriptHashes, frameOrigins, head, oldPolicies } = policySources(settled);
  const edits = [...settled.edits, ...oldPolicies.map((node) => ({ ...sourceRange(page, node), text: '' }))];
  const first = head?.children[0];
  const afterCharset = first?.type === 'element' && first.tagName === 'meta' && first.properties.charSet !== undefined;
  // An empty <head></head> has no child to go before: the policy goes right after the start tag.
  const headStart = head?.position?.start.offset;
  const emptyHead = !first && headStart !== undefined && page.html.startsWith('<head>', headStart) ? headStart + '<head>'.length : undefined;
  const start = (afterCharset ? first.position?.end.offset : first?.position?.start.offset) ?? emptyHead;
  if (start === undefined) throw new Error(`${page.file}: no <head> to put the Content-Security-Policy in`);
  edits.push({ start, end: start, text: `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(scriptHashes, siteConfig, frameOrigins)}"/>` });
  return edits;
}

/** A page as it is with its policy (replacing an earlier one). */
export function withCspMeta(html: string, file = 'page'): string {
  const page = parsePage(file, html);
  return applyEdits(page, withCsp(scriptsAsWritten(page)));
}

/** `_headers` for Netlify and Cloudflare Pages, for the paths the site is served under (BASE_PATH). */
export function headersFile(basePath?: string): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return [href('/*', basePath), ...lines, href('/_next/static/*', basePath), '  Cache-Control: public, max-age=31536000, immutable', ''].join('\n');
}
