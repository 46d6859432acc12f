import type { Post } from '@/lib/content';
import { formatDate, formatReadingTime } from '@/lib/format';

/** "January 17, 2023 · 6 min read", with the updated date when there is one. */
export function PostMeta({ post }: { post: Post }) {
  return (
    <p className="post-meta">
      <time dateTime={post.date}>{formatDate(post.date, post.lang)}</time>
      {' · '}
      {formatReadingTime(post.readingMinutes, post.lang)}
      {post.updated ? (
        <>
          {' · '}
          {post.lang === 'ja' ? '更新: ' : 'Updated '}
          <time dateTime={post.updated}>{formatDate(post.updated, post.lang)}</time>
        </>
      ) : null}
    </p>
  );
}
