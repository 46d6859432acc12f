import type { Post } from '@/lib/content';
import { href, postPath } from '@/lib/urls/site-pages';

/** A post's title as a link to it, marked "Draft" while it is one (drafts show only in `next dev`). */
export function PostTitleLink({ post }: { post: Post }) {
  return (
    <>
      <a href={href(postPath(post))}>{post.title}</a>
      {post.draft ? <span className="draft-badge">Draft</span> : null}
    </>
  );
}
