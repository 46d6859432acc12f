import type { Lang } from './content/schema';

const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' };

/** "January 17, 2023" (en) or "2023年1月17日" (ja). Dates are shown in UTC so a build anywhere prints the same day. */
export function formatDate(iso: string, lang: Lang = 'en'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
}

export function formatReadingTime(minutes: number, lang: Lang = 'en'): string {
  return lang === 'ja' ? `${minutes}分で読めます` : `${minutes} min read`;
}

/** "1,234 views" (en) or "1,234 回閲覧" (ja). */
export function formatViews(views: number, lang: Lang = 'en'): string {
  const number = new Intl.NumberFormat(LOCALES[lang]).format(views);
  return lang === 'ja' ? `${number} 回閲覧` : `${number} ${views === 1 ? 'view' : 'views'}`;
}
