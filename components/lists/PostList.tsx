import type { Post } from '@/lib/content';
import { PostMeta } from '@/components/post/PostMeta';
import { TagList } from './TagList';
import { postCover } from '@/lib/content/cover';
import { imageSizes } from '@/lib/mdx/media.mjs';
import { Picture } from '@/components/mdx/Picture';
import { PostTitleLink } from './PostTitleLink';

/** Post cards: title, date, reading time, description, tags and the cover thumbnail when there is one. */
export function PostList({ posts, heading: Heading = 'h2' }: { posts: Post[]; /** h3 where the list sits under its own h2 */ heading?: 'h2' | 'h3' }) {
  return (
    <ol className="post-list">
      {posts.map((post, index) => {
        const cover = postCover(post);
        return (
          <li key={post.slug} className={cover ? 'post-card post-card--cover' : 'post-card'} lang={post.lang}>
            <div className="post-card__text">
              <Heading className="post-card__title">
                <PostTitleLink post={post} />
              </Heading>
              <PostMeta post={post} />
              <p className="post-card__excerpt">{post.excerpt}</p>
              <TagList tags={post.tags} />
            </div>
            {cover ? (
              // Decorative: the title next to it already names the post. The first card's is on the first screen.
              <Picture image={cover} className="post-card__cover" alt="" sizes={imageSizes('card')} priority={index === 0} />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
