import type { ReactNode } from 'react';
import type { Post } from '@/lib/content';
import { PostMeta } from './PostMeta';
import { SearchIndexFields } from './SearchIndexFields';
import { TagList } from './TagList';

/** A post page: title, meta line, tags, the MDX body and the author line. */
export function PostArticle({ post, children }: { post: Post; children: ReactNode }) {
  const ja = post.lang === 'ja';
  return (
    <article className="post">
      {post.draft ? (
        <p className="draft-banner" role="status">
          Draft: this post is only visible in <code>next dev</code> and is left out of the build.
        </p>
      ) : null}
      <header className="post__header">
        {/* The title and the body (below) are what the search index holds; meta, tags and footer are not. */}
        <h1 className="post__title" data-pagefind-body data-pagefind-meta="title">
          {post.title}
        </h1>
        <PostMeta post={post} />
        <TagList tags={post.tags} />
        <SearchIndexFields post={post} />
      </header>
      <div className="prose" data-pagefind-body>
        {children}
      </div>
      <footer className="post__footer">
        {post.source ? (
          <p className="attribution">
            {ja ? '原文: ' : 'Adapted from '}
            <a href={post.source}>{post.source}</a> by {post.authors.join(', ')}
            {post.license ? `, licensed ${post.license}` : ''}.
          </p>
        ) : null}
        <p className="author-line">
          {ja ? '著者: ' : 'Written by '}
          <strong>{post.authors.join(', ')}</strong>. {ja ? '気に入ったらシェアしてください！' : 'If you like this, please share!'}
        </p>
      </footer>
    </article>
  );
}
