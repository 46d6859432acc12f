import type { Post } from '@/lib/content';
import { labels } from '@/lib/i18n';
import type { Lang } from '@/lib/content/schema';
import { href, postPath } from '@/lib/urls/site-pages';

export function AdjacentPosts({ older, newer, lang }: { older?: Post; newer?: Post; lang: Lang }) {
  if (!older && !newer) return null;
  const t = labels(lang);
  return (
    <nav className="adjacent" aria-label={`${t.olderPost} / ${t.newerPost}`}>
      {older ? (
        <a className="adjacent__link adjacent__link--older" href={href(postPath(older))} rel="prev">
          <span className="adjacent__label">← {t.olderPost}</span>
          <span className="adjacent__title">{older.title}</span>
        </a>
      ) : null}
      {newer ? (
        <a className="adjacent__link adjacent__link--newer" href={href(postPath(newer))} rel="next">
          <span className="adjacent__label">{t.newerPost} →</span>
          <span className="adjacent__title">{newer.title}</span>
        </a>
      ) : null}
    </nav>
  );
}
