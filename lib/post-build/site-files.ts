import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every .html file under an exported site, as POSIX paths relative to it, sorted. */
export function htmlFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = path.posix.join(prefix, entry.name);
      if (entry.isDirectory()) return htmlFiles(dir, rel);
      return entry.name.endsWith('.html') ? [rel] : [];
    })
    .sort();
}

/** The URL path a static host serves a page file at: `index.html` → `/`, `a/index.html` → `/a/`. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The URL paths of an exported site's pages, one per distinct file content: Next writes the 404
 * page three times (404.html, 404/index.html, _not-found/index.html), and checking copies twice
 * only costs time.
 */
export function distinctPagePaths(siteDir: string): string[] {
  const seen = new Set<string>();
  return htmlFiles(siteDir).flatMap((file) => {
    const digest = crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(siteDir, file)))
      .digest('hex');
    if (seen.has(digest)) return [];
    seen.add(digest);
    return [pagePath(file)];
  });
}
