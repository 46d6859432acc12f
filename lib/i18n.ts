import type { Lang } from './content/schema';

/**
 * UI labels that sit around a post's own text, in the post's language. (Footnote labels are set
 * while compiling, by lib/mdx/rehype-post-outline.mjs.)
 */
const LABELS = {
  en: {
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
    alsoIn: 'Also in',
    draftBanner: 'Draft: this post is only visible in next dev and is left out of the build.',
  },
  ja: {
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
