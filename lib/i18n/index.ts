import type { Lang } from '../content/schema';
import { siteConfig } from '../../site.config';

/**
 * The search dialog's and page's words, as plain strings so a server component can hand them to
 * the search island (functions cannot cross to the client). `{name}` marks are filled in there.
 */
export interface SearchLabels {
  button: string;
  title: string;
  close: string;
  placeholder: string;
  submit: string;
  results: string;
  hintMove: string;
  hintOpen: string;
  hintClose: string;
  searching: string;
  failed: string;
  /** `{query}`, `{filters}` */
  none: string;
  /** `{query}`, `{filters}` */
  one: string;
  /** `{count}`, `{query}`, `{filters}` */
  many: string;
  /** `{count}` */
  showingFirst: string;
  /** `{tag}` */
  tagFilter: string;
  /** `{lang}` */
  langFilter: string;
  /** `{list}`: the filters, joined by `filterJoin` */
  filters: string;
  filterJoin: string;
}

/**
 * UI labels around a page's own text, in the page's language: the header, footer, author box and
 * search on every page, and the labels around a post. (The footnote labels of Japanese posts are
 * set while compiling, from footnote-labels.mjs.) The English tagline and bio come from
 * site.config.ts; their Japanese versions are here, with every other Japanese UI string.
 */
const LABELS = {
  en: {
    nav: { home: 'Home', tags: 'Tags', papers: 'Papers', about: 'About' },
    siteNav: 'Site',
    footerNav: 'Footer',
    skipToContent: 'Skip to content',
    tagline: siteConfig.tagline,
    authorBio: siteConfig.author.bio,
    aboutAuthor: 'About the author',
    toggleTheme: 'Toggle dark theme',
    privacyPolicy: 'Privacy policy',
    builtWith: 'Built with Next.js.',
    search: {
      button: 'Search',
      title: 'Search posts',
      close: 'Close',
      placeholder: 'Search posts',
      submit: 'Search',
      results: 'Search results',
      hintMove: 'move',
      hintOpen: 'open',
      hintClose: 'close',
      searching: 'Searching…',
      failed: 'Search could not be loaded. Check your connection and try again.',
      none: 'No posts match “{query}”{filters}.',
      one: '1 post matches “{query}”{filters}.',
      many: '{count} posts match “{query}”{filters}.',
      showingFirst: 'Showing the first {count}.',
      tagFilter: 'tag “{tag}”',
      langFilter: 'language “{lang}”',
      filters: ' ({list})',
      filterJoin: ', ',
    } satisfies SearchLabels,
    contents: 'Contents',
    related: 'Related posts',
    olderPost: 'Older post',
    newerPost: 'Newer post',
    series: 'Series',
    seriesPart: (n: number, total: number) => `Part ${n} of ${total}`,
    share: 'Share',
    shareOn: (service: string) => `Share on ${service}`,
    writtenBy: 'Written by',
    pleaseShare: 'If you like this, please share!',
    adaptedFrom: 'Adapted from',
    tags: 'Tags',
    // Followed directly by the date of the last edit.
    updated: 'Updated ',
    alsoIn: 'Also in',
    draftBanner: 'Draft: this post is only visible in next dev and is left out of the build.',
  },
  ja: {
    nav: { home: 'ホーム', tags: 'タグ', papers: '論文', about: '概要' },
    siteNav: 'サイト',
    footerNav: 'フッター',
    skipToContent: '本文へ移動',
    tagline: '海の底、タツノオトシゴの庭で……',
    authorBio: '機械学習エンジニア。深層学習の論文と、その周りの道具について書いています。',
    aboutAuthor: '著者について',
    toggleTheme: 'ダークテーマの切り替え',
    privacyPolicy: 'プライバシーポリシー',
    builtWith: 'Next.js で構築。',
    search: {
      button: '検索',
      title: '記事を検索',
      close: '閉じる',
      placeholder: '記事を検索',
      submit: '検索',
      results: '検索結果',
      hintMove: '移動',
      hintOpen: '開く',
      hintClose: '閉じる',
      searching: '検索中…',
      failed: '検索を読み込めませんでした。接続を確認して、もう一度お試しください。',
      none: '「{query}」{filters}に一致する記事はありません。',
      one: '「{query}」{filters}に一致する記事が 1 件あります。',
      many: '「{query}」{filters}に一致する記事が {count} 件あります。',
      showingFirst: '最初の {count} 件を表示しています。',
      tagFilter: 'タグ「{tag}」',
      langFilter: '言語「{lang}」',
      filters: '（{list}）',
      filterJoin: '、',
    } satisfies SearchLabels,
    contents: '目次',
    related: '関連記事',
    olderPost: '前の記事',
    newerPost: '次の記事',
    series: 'シリーズ',
    seriesPart: (n: number, total: number) => `全${total}回中の第${n}回`,
    share: 'シェア',
    shareOn: (service: string) => `${service}でシェア`,
    writtenBy: '著者',
    pleaseShare: '気に入ったらシェアしてください！',
    adaptedFrom: '原文',
    tags: 'タグ',
    updated: '更新: ',
    alsoIn: '他の言語版:',
    draftBanner: '下書き: この記事は next dev でのみ表示され、ビルドには含まれません。',
  },
} satisfies Record<Lang, unknown>;

export type Labels = (typeof LABELS)['en'];

export function labels(lang: Lang): Labels {
  return LABELS[lang];
}

export const LANGUAGE_NAMES: Record<Lang, { en: string; native: string }> = {
  en: { en: 'English', native: 'English' },
  ja: { en: 'Japanese', native: '日本語' },
};
