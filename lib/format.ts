import type { Lang } from './content/schema';

const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' };

/** "January 17, 2023" (en) or "2023年1月17日" (ja). Dates are shown in UTC so a build anywhere prints the same day. */
export function formatDate(iso: string, lang: Lang = 'en'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
}

export function formatReadingTime(minutes: number, lang: Lang = 'en'): string {
  return lang === 'ja' ? `${minutes}分で読めます` : `${minutes} min read`;
}
