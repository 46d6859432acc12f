import Link from 'next/link';
import type { Post } from '@/lib/content';
import { PostMeta } from './PostMeta';
import { TagList } from './TagList';

export function PostList({ posts }: { posts: Post[] }) {
  return (
    <ol className="post-list">
      {posts.map((post) => (
        <li key={post.slug} className="post-card" lang={post.lang}>
          <h2 className="post-card__title">
            <Link href={`/${post.slug}/`}>{post.title}</Link>
            {post.draft ? <span className="draft-badge">Draft</span> : null}
          </h2>
          <PostMeta post={post} />
          <p className="post-card__excerpt">{post.excerpt}</p>
          <TagList tags={post.tags} />
        </li>
      ))}
    </ol>
  );
}
