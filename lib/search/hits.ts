/** What pagefind's `result.data()` gives for a page (the fields this site reads). */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  /** One per section (heading with an id) that matched, plus the page top when the text above the first heading did. */
  sub_results?: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Positions of the matched words in the section: more means a better match. */
  locations?: number[];
}

export interface SearchHit {
  /** The section's address (`/post/#heading`), or the post's for its top. */
  url: string;
  /** The post's title. */
  post: string;
  /** The section's heading, when the hit is in a section. */
  section?: string;
  /** pagefind's excerpt (escaped page text, matched terms in <mark>), with … where it was cut. */
  excerpt: string;
}

/** Sections shown per post: enough to see where a word is discussed, not a whole post's table of contents. */
export const SECTIONS_PER_POST = 3;

/**
 * A post's hits, one per matching section (best matches first, at most `perPost`), so each links
 * to where the words are; the post itself when pagefind found no section.
 */
export function pageHits(page: PagefindPage, perPost = SECTIONS_PER_POST): SearchHit[] {
  const post = page.meta.title ?? page.url;
  const sections = [...(page.sub_results ?? [])].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, perPost);
  if (sections.length === 0) return [{ url: page.url, post, excerpt: withEllipsis(page.excerpt) }];
  return sections.map((sub) => ({
    url: sub.url,
    post,
    section: sub.title && sub.title !== post ? sub.title : undefined,
    excerpt: withEllipsis(sub.excerpt),
  }));
}

// A sentence, a quote or a bracket that closes here: the excerpt ends where the text does.
const ENDS_TEXT = /[.!?。！？…」』）)"”’:：]$/;

/**
 * pagefind cuts excerpts to a window of words and says nothing about it: an excerpt that does not
 * end a sentence was cut, and gets an ellipsis (after any closing </mark>).
 */
export function withEllipsis(excerpt: string): string {
  const trimmed = excerpt.trimEnd();
  if (!trimmed) return trimmed;
  const text = trimmed.replace(/<\/?mark>/g, '').replace(/&quot;$/, '"');
  return ENDS_TEXT.test(text) ? trimmed : `${trimmed}…`;
}
