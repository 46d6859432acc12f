import fs from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { EXTERNAL_URL } from '../content/patterns.mjs';
import { BASE_PATH, sitePath } from '../urls/paths';
import { type SitePage, eachElement } from './site-pass';

export interface BrokenLink {
  /** The page the link is on, relative to the site folder. */
  page: string;
  url: string;
  reason: string;
}

const URL_ATTRIBUTES: Record<string, string> = { a: 'href', link: 'href', img: 'src', script: 'src', iframe: 'src', source: 'src' };

/** What the link check needs of a page: its ids and the URLs it points at. */
export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

/**
 * Checks an exported site from the pageLinks of every page, by file: every internal href/src must
 * resolve to a file, and every #anchor must exist on its page. Resolution follows what a static
 * host does with trailing slashes. Root-relative URLs must lie under `basePath` (the site is served
 * there, out/ is its root).
 */
export function findBrokenLinks(siteDir: string, pages: Map<string, PageLinks>, basePath = BASE_PATH): BrokenLink[] {
  // Most pages link to the same few hundred files: each is looked up on disk once.
  const resolved = new Map<string, string | undefined>();
  const resolve = (pathname: string) => {
    if (!resolved.has(pathname)) resolved.set(pathname, resolveFile(siteDir, pathname));
    return resolved.get(pathname);
  };

  const broken: BrokenLink[] = [];
  for (const [page, { links }] of pages) {
    for (const url of new Set(links)) {
      if (EXTERNAL_URL.test(url) || url === '') continue;
      const [withoutHash, anchor] = url.split('#') as [string, string | undefined];
      const urlPath = decodeURIComponent(withoutHash.split('?')[0]);
      const pathname = urlPath.startsWith('/') ? sitePath(urlPath, basePath) : urlPath;
      if (pathname === undefined) {
        broken.push({ page, url, reason: `outside the basePath ${basePath}` });
        continue;
      }
      const targetFile = pathname === '' ? page : resolve(pathname.startsWith('/') ? pathname : path.posix.join('/', path.posix.dirname(page), pathname));
      if (!targetFile) {
        broken.push({ page, url, reason: 'no such file' });
        continue;
      }
      if (anchor && targetFile.endsWith('.html')) {
        const target = pages.get(targetFile);
        if (!target?.ids.has(decodeURIComponent(anchor))) broken.push({ page, url, reason: `no element with id "${anchor}" on ${targetFile}` });
      }
    }
  }
  return broken;
}

/** The file a static host serves for a URL path, relative to the site folder, or undefined. */
function resolveFile(siteDir: string, pathname: string): string | undefined {
  const rel = pathname.replace(/^\/+/, '');
  const candidates = pathname.endsWith('/') ? [path.posix.join(rel, 'index.html')] : [rel, `${rel}.html`, path.posix.join(rel, 'index.html')];
  return candidates.find((candidate) => fs.existsSync(path.join(siteDir, candidate)) && fs.statSync(path.join(siteDir, candidate)).isFile());
}

export function pageLinks(page: SitePage): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  eachElement(page.tree, (node: Element) => {
    const id = node.properties.id;
    if (typeof id === 'string') ids.add(id);
    const name = node.properties.name;
    if (node.tagName === 'a' && typeof name === 'string') ids.add(name);
    // A connection hint names an origin, not a file (Next preconnects to "/" when fonts preload).
    const hint = node.tagName === 'link' && String(node.properties.rel).match(/preconnect|dns-prefetch/);
    const attribute = hint ? undefined : URL_ATTRIBUTES[node.tagName];
    const value = attribute ? node.properties[attribute] : undefined;
    if (typeof value === 'string') links.push(value);
    // Every candidate of a responsive image's srcset (`/a.480.<hash>.webp 480w, …`) must resolve too.
    const srcSet = node.properties.srcSet;
    if (typeof srcSet === 'string') for (const candidate of srcSet.split(',')) links.push(candidate.trim().split(/\s+/)[0]);
  });
  return { ids, links };
}
