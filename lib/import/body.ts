// Rewrites the body of an imported post: links to the old site become in-site links, links that
// already pointed nowhere become text, images outside the post folder are pointed at their copy.
// Everything else is kept byte for byte. Pure: what it needs from disk is passed in.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Root, Nodes, Link, LinkReference, Definition, Image, Html } from 'mdast';
import { EXTERNAL_URL } from '../content/patterns.mjs';
import { POST_COMPONENTS } from '../mdx/options.mjs';

export interface BodyContext {
  format: 'md' | 'mdx';
  /** The post's old slug: relative links are read against its old URL, /<oldSlug>/. */
  oldSlug: string;
  /** Old slug → new slug of every post the site will have (imported ones and those already in posts/). */
  slugs: Map<string, string>;
  /** Host names of the old site (siteConfig.url's host, with and without www.). */
  siteHosts: Set<string>;
  /** Whether a path relative to the post folder is one of the post's own files. */
  hasFile: (rel: string) => boolean;
  /** Where an image outside the post folder was copied to (relative to the post folder), if it could be. */
  placeImage: (url: string) => string | undefined;
  /** Added to body lines to give lines of the source file (its frontmatter comes first). */
  lineOffset: number;
}

export interface BodyResult {
  body: string;
  converted: string[];
  /** What an author should look at: missing alt text, unknown components, links that pointed nowhere. */
  needsAuthor: string[];
  /** Links kept as text because they pointed nowhere (also in needsAuthor). */
  deadLinks: { line: number; url: string }[];
  embeds: string[];
}

type Target = { kind: 'keep' } | { kind: 'rewrite'; url: string } | { kind: 'dead'; reason: string };

export function rewriteBody(body: string, ctx: BodyContext): BodyResult {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath);
  if (ctx.format === 'mdx') processor.use(remarkMdx);
  const tree = processor.parse(body) as Root;
  const edits: { start: number; end: number; text: string }[] = [];
  const result: BodyResult = { body, converted: [], needsAuthor: [], deadLinks: [], embeds: [] };
  const line = (node: Nodes) => (node.position?.start.line ?? 0) + ctx.lineOffset;
  const span = (node: Nodes) => ({ start: node.position!.start.offset!, end: node.position!.end.offset! });
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node));
  const imageDefinitions = new Set<string>();
  visit(tree, 'imageReference', (node) => void imageDefinitions.add(node.identifier));

  const replaceUrl = (node: Link | Definition | Image, url: string) => {
    // The destination is the one place in the node's source spelled exactly like node.url.
    const { start, end } = span(node);
    const text = body.slice(start, end);
    const at = text.lastIndexOf(node.url);
    if (at === -1) return false;
    edits.push({ start: start + at, end: start + at + node.url.length, text: url });
    return true;
  };

  const asText = (node: Link | LinkReference, reason: string) => {
    const { start, end } = span(node);
    const children = node.children;
    let text = children.length > 0 ? body.slice(children[0].position!.start.offset!, children.at(-1)!.position!.end.offset!) : '';
    // An autolink's text is its URL, which GFM would link again.
    if (node.type === 'link' && /^(https?:\/\/|www\.)/.test(text)) text = `\`${text}\``;
    edits.push({ start, end, text });
    const url = node.type === 'link' ? node.url : (definitions.get(node.identifier)?.url ?? node.identifier);
    result.deadLinks.push({ line: line(node), url });
    result.needsAuthor.push(`line ${line(node)}: link to ${url} ${reason}: kept as text`);
  };

  visit(tree, (node: Nodes) => {
    if (node.type === 'link' || node.type === 'linkReference') {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier)?.url;
      if (url === undefined) return;
      const target = classify(url, ctx);
      if (target.kind === 'dead') asText(node, target.reason);
      else if (target.kind === 'rewrite' && node.type === 'link' && replaceUrl(node, target.url)) {
        result.converted.push(`line ${line(node)}: link ${url} → ${target.url}`);
      }
    } else if (node.type === 'definition' && !imageDefinitions.has(node.identifier)) {
      const target = classify(node.url, ctx);
      if (target.kind === 'rewrite' && replaceUrl(node, target.url)) result.converted.push(`line ${line(node)}: link ${node.url} → ${target.url}`);
    } else if (node.type === 'image') {
      if (!node.alt?.trim()) result.needsAuthor.push(`line ${line(node)}: image ${node.url} has no alt text (published with an empty alt)`);
      if (EXTERNAL_URL.test(node.url)) {
        result.needsAuthor.push(`line ${line(node)}: remote image ${node.url}: download it into the post folder`);
      } else if (!ctx.hasFile(normalise(node.url))) {
        const placed = ctx.placeImage(node.url);
        if (placed && replaceUrl(node, placed)) result.converted.push(`line ${line(node)}: image ${node.url} copied into the post folder as ${placed}`);
        else if (!placed) result.needsAuthor.push(`line ${line(node)}: image ${node.url} not found`);
      }
    } else if (node.type === 'html') {
      htmlNotes(node, line(node), ctx, result, edits, body);
    } else if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name &&
      /^[A-Z]/.test(node.name) &&
      !POST_COMPONENTS.includes(node.name)
    ) {
      result.needsAuthor.push(`line ${line(node)}: unknown component <${node.name}> (available: ${POST_COMPONENTS.map((name) => `<${name}>`).join(', ')})`);
    } else if (node.type === 'mdxjsEsm') {
      result.needsAuthor.push(`line ${line(node)}: import/export statement: posts cannot import modules, only use the built-in components`);
    }
  });

  edits.sort((a, b) => b.start - a.start);
  let out = body;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  result.body = out;
  return result;
}

/** Embeds, scripts and links to the old site inside raw HTML. */
function htmlNotes(node: Html, line: number, ctx: BodyContext, result: BodyResult, edits: { start: number; end: number; text: string }[], body: string) {
  const html = node.value;
  for (const [, src] of html.matchAll(/<iframe\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi)) {
    const host = hostOf(src);
    const youtube = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/.test(host ?? '');
    result.embeds.push(
      `line ${line}: ${youtube ? 'YouTube video' : `iframe from ${host ?? src}`} → ${youtube ? '<YouTube> facade' : 'click-to-load facade'} (at build)`,
    );
  }
  for (const match of html.matchAll(/<blockquote\b[^>]*class\s*=\s*["'][^"']*twitter-tweet/gi)) {
    void match;
    result.embeds.push(`line ${line}: X/Twitter blockquote → <Tweet> card (at build)`);
  }
  for (const [, src] of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi)) result.embeds.push(`line ${line}: script ${src} → removed (at build)`);
  if (/<img\b(?![^>]*\balt\s*=\s*["'][^"']+)[^>]*>/i.test(html)) result.needsAuthor.push(`line ${line}: <img> without alt text`);
  const start = node.position!.start.offset!;
  // Exactly the node's source, so offsets into it are offsets into the body.
  const source = body.slice(start, node.position!.end.offset!);
  for (const match of source.matchAll(/\bhref\s*=\s*(["'])([^"']+)\1/gi)) {
    const url = match[2];
    const target = classify(url, ctx);
    if (target.kind === 'rewrite') {
      const at = start + match.index! + match[0].indexOf(url);
      edits.push({ start: at, end: at + url.length, text: target.url });
      result.converted.push(`line ${line}: link ${url} → ${target.url}`);
    } else if (target.kind === 'dead') {
      result.needsAuthor.push(`line ${line}: HTML link to ${url} ${target.reason}: fix or remove it`);
    }
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url, 'https://invalid.invalid').host;
  } catch {
    return undefined;
  }
}

function normalise(url: string): string {
  return decodeURIComponent(url.split(/[?#]/)[0]).replace(/^\.\//, '');
}

/** What to do with one link: keep it, point it at its in-site address, or keep its text only. */
export function classify(url: string, ctx: Pick<BodyContext, 'oldSlug' | 'slugs' | 'siteHosts' | 'hasFile'>): Target {
  if (url.startsWith('#') || url === '') return { kind: 'keep' };
  let parsed: URL;
  const base = new URL(`https://${[...ctx.siteHosts][0] ?? 'old.invalid'}/${ctx.oldSlug}/`);
  try {
    parsed = new URL(url, base);
  } catch {
    return { kind: 'keep' };
  }
  const external = EXTERNAL_URL.test(url);
  if (external && !(/^https?:$/.test(parsed.protocol) && ctx.siteHosts.has(parsed.host.replace(/^www\./, '')))) return { kind: 'keep' };
  const segments = parsed.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  if (!external && segments[0] === ctx.oldSlug && segments.length > 1) {
    // A file beside the post (/<slug>/data.csv or data.csv).
    return ctx.hasFile(segments.slice(1).join('/')) ? { kind: 'keep' } : { kind: 'dead', reason: 'points to no file of the post' };
  }
  if (segments.length === 0) return external ? { kind: 'rewrite', url: `/${parsed.hash}` } : { kind: 'keep' };
  // Astro blogs put posts under /blog/ or /posts/.
  const first = ['blog', 'posts'].includes(segments[0]) && segments.length > 1 && !ctx.slugs.has(segments[0]) ? 1 : 0;
  const slug = ctx.slugs.get(segments[first]);
  if (slug === undefined || segments.length > first + 1) return { kind: 'dead', reason: 'points to no page of the imported blog' };
  const inSite = `/${slug}/${parsed.hash}`;
  return inSite === url ? { kind: 'keep' } : { kind: 'rewrite', url: inSite };
}
