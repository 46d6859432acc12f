export interface ExcerptPart {
  text: string;
  /** A matched search term, shown in <mark>. */
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits a pagefind excerpt ("text with <mark>terms</mark>", page text HTML-escaped) into plain
 * text parts, so results render as React text and <mark> elements: nothing from the index is ever
 * parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>|<\/mark>)/).reduce((marked, token) => {
    if (token === '<mark>') return true;
    if (token === '</mark>') return false;
    const text = token.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
    if (text) parts.push({ text, marked });
    return marked;
  }, false);
  return parts;
}
