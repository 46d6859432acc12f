import type { Lang } from './schema';

// Han, Hiragana, Katakana and full-width forms: read by characters, not words.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/g;

export const WORDS_PER_MINUTE = 220;
export const CJK_CHARS_PER_MINUTE = 500;

export function readingMinutes(text: string): number {
  const cjkChars = text.match(CJK)?.length ?? 0;
  const latinWords = text
    .replace(CJK, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const minutes = latinWords / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}

/** First ~`max` characters of the text, cut at a word (or, for Japanese, a character) boundary. */
export function excerpt(text: string, lang: Lang, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  const head = lang === 'ja' || lastSpace < max / 2 ? cut : cut.slice(0, lastSpace);
  return head.replace(/[\s,.;:、。]+$/u, '') + '…';
}
