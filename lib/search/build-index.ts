import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_DIR } from '../urls/paths';

/**
 * Parts of a post body that are not prose: screen-reader-only labels ("opens in a new tab"), the
 * paper cards (title, authors, venue, links and BibTeX would fill every excerpt with the same
 * boilerplate; the section heading already names the paper, and /papers/ finds authors), the
 * tweet cards' first line (in these posts the paper's title again) and author line, the collapsed tweets' summary line, the dark copy of mermaid diagrams, and rendered math (KaTeX glyphs
 * and MathML would only add stray letters).
 */
export const NOT_INDEXED = [
  '.visually-hidden',
  '.paper-card',
  '.tweet-compact > summary',
  '.tweet__text > p:first-child',
  '.tweet__meta',
  '.katex',
  // The dark-theme copy of a mermaid diagram: its labels are indexed once, from the light one.
  '.mermaid__dark',
];

export interface SearchIndexOptions {
  /** The exported site (out/). The bundle is written to <siteDir>/pagefind/. */
  siteDir: string;
  /**
   * One language for the whole index. pagefind would otherwise split the index by <html lang> and
   * a reader on an English page would only ever find English posts.
   */
  language: string;
  /** Number of published posts: the index must hold exactly one page per post. */
  expectedPages: number;
}

export interface SearchIndexResult {
  pages: number;
  outputPath: string;
}

/**
 * Indexes the post pages of an exported site with pagefind's Node API. Only elements marked
 * data-pagefind-body (the post title and body) are indexed, so pages without it (home, tags,
 * search) are skipped. Throws when pagefind reports errors or the page count is not the post count.
 */
export async function buildSearchIndex({ siteDir, language, expectedPages }: SearchIndexOptions): Promise<SearchIndexResult> {
  const outputPath = path.join(siteDir, PAGEFIND_DIR);
  fs.rmSync(outputPath, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({ forceLanguage: language, excludeSelectors: NOT_INDEXED });
    if (!created.index) throw new Error(`pagefind could not start: ${created.errors.join('; ')}`);
    const added = await created.index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`pagefind failed on ${siteDir}: ${added.errors.join('; ')}`);
    const written = await created.index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    // addDirectory counts every HTML file it read; the entry file counts the pages actually indexed.
    const pages = indexedPages(outputPath);
    if (pages !== expectedPages) {
      fs.rmSync(outputPath, { recursive: true, force: true });
      throw new Error(
        `pagefind indexed ${pages} page(s) in ${siteDir} but ${expectedPages} post(s) are published: ` +
          'post pages, and only post pages, must mark their content with data-pagefind-body',
      );
    }
    return { pages, outputPath };
  } finally {
    await pagefind.close();
  }
}

function indexedPages(outputPath: string): number {
  const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
