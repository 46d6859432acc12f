import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { siteConfig } from '../../site.config';
import { htmlFiles } from './site-files';

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
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

// A click-to-load embed (components/mdx/Embed.tsx) names the one host its frame comes from.
const FRAME_ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d+)?$/i;

/**
 * What the page's policy must allow: the CSP source expression ('sha256-…') of each inline
 * script, in page order without repeats, and the origins of its click-to-load embeds. Throws for
 * inline code that a hash cannot allow (event handler attributes, javascript: URLs).
 */
export function pageSources(html: string, file = 'page'): { scriptHashes: string[]; frameOrigins: string[] } {
  const hashes = new Set<string>();
  const frames = new Set<string>();
  visit(fromHtml(html), 'element', (node: Element) => {
    const handler = Object.keys(node.properties).find((name) => /^on[A-Z]/.test(name));
    if (handler) throw new Error(`${file}: <${node.tagName}> has an inline event handler (${handler.toLowerCase()}), which the Content-Security-Policy blocks`);
    const href = node.properties.href;
    if (typeof href === 'string' && /^\s*javascript:/i.test(href)) throw new Error(`${file}: <${node.tagName}> links to a javascript: URL, which the Content-Security-Policy blocks`);
    const frame = node.properties.dataFrameOrigin;
    if (frame !== undefined) {
      if (typeof frame !== 'string' || !FRAME_ORIGIN.test(frame)) throw new Error(`${file}: data-frame-origin="${String(frame)}" is not an http(s) origin`);
      frames.add(frame);
    }
    if (node.tagName !== 'script' || node.properties.src !== undefined) return;
    if (!EXECUTABLE_TYPE.test(String(node.properties.type ?? '').trim())) return;
    const code = node.children.map((child) => (child as Text).value).join('');
    hashes.add(`'sha256-${crypto.createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  });
  return { scriptHashes: [...hashes], frameOrigins: [...frames] };
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
export function pagePolicy(scriptHashes: string[], config: Pick<typeof siteConfig, 'comments' | 'gaMeasurementId'> = siteConfig, frameOrigins: string[] = []): string {
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
 * The page with its policy as a <meta> at the top of <head>, replacing one added before. It goes
 * right after <meta charset> (which must stay within the first 1024 bytes) and so before any script.
 */
export function withCspMeta(html: string, file = 'page'): string {
  const page = html.replace(CSP_META, '');
  const { scriptHashes, frameOrigins } = pageSources(page, file);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(scriptHashes, siteConfig, frameOrigins)}"/>`;
  const head = /<head>(?:<meta charSet="utf-8"\/>)?/i.exec(page);
  if (!head) throw new Error(`${file}: no <head> to put the Content-Security-Policy in`);
  const at = head.index + head[0].length;
  return page.slice(0, at) + meta + page.slice(at);
}

/** `_headers` for Netlify and Cloudflare Pages. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, '/_next/static/*', '  Cache-Control: public, max-age=31536000, immutable', ''].join('\n');
}

/** Adds the policy to every page of an exported site and writes its `_headers`. Returns the page count. */
export function applyCsp(siteDir: string): number {
  const files = htmlFiles(siteDir);
  for (const file of files) {
    const full = path.join(siteDir, file);
    fs.writeFileSync(full, withCspMeta(fs.readFileSync(full, 'utf8'), file));
  }
  fs.writeFileSync(path.join(siteDir, '_headers'), headersFile());
  return files.length;
}
