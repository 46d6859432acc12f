import type { Post } from '@/lib/content';
import { labels } from '@/lib/i18n';
import { formatDate, formatReadingTime, formatViews } from '@/lib/i18n/format';
import { getPageviewStats } from '@/lib/pageviews';

/** "January 17, 2023 · 6 min read", with the updated date and the view count when there are. */
export function PostMeta({ post }: { post: Post }) {
  const views = getPageviewStats()?.bySlug.get(post.slug);
  return (
    <p className="post-meta">
      <time dateTime={post.date}>{formatDate(post.date, post.lang)}</time>
      {' · '}
      {formatReadingTime(post.readingMinutes, post.lang)}
      {post.updated ? (
        <>
          {' · '}
          {labels(post.lang).updated}
          <time dateTime={post.updated}>{formatDate(post.updated, post.lang)}</time>
        </>
      ) : null}
      {views ? (
        <>
          {' · '}
          <span className="post-views">{formatViews(views.total, post.lang)}</span>
        </>
      ) : null}
    </p>
  );
}
