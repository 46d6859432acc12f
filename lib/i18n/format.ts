import type { Lang } from '../content/schema';

const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' };

// Building an Intl formatter costs far more than formatting with one, and a build formats
// thousands of dates: one formatter per language, made on first use.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function formatterFor<F>(cache: Map<Lang, F>, lang: Lang, make: (locale: string) => F): F {
  if (!cache.has(lang)) cache.set(lang, make(LOCALES[lang]));
  return cache.get(lang)!;
}

/** "January 17, 2023" (en) or "2023年1月17日" (ja). Dates are shown in UTC so a build anywhere prints the same day. */
export function formatDate(iso: string, lang: Lang = 'en'): string {
  const format = formatterFor(
    dateFormats,
    lang,
    (locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(new Date(iso));
}

export function formatReadingTime(minutes: number, lang: Lang = 'en'): string {
  return lang === 'ja' ? `${minutes}分で読めます` : `${minutes} min read`;
}

/** "1,234 views" (en) or "1,234 回閲覧" (ja). */
export function formatViews(views: number, lang: Lang = 'en'): string {
  const number = formatterFor(numberFormats, lang, (locale) => new Intl.NumberFormat(locale)).format(views);
  return lang === 'ja' ? `${number} 回閲覧` : `${number} ${views === 1 ? 'view' : 'views'}`;
}
