import type { Post } from '@/lib/content';
import { postCover } from '@/lib/content/cover';
import { imageSizes } from '@/lib/mdx/media.mjs';
import { Picture } from '@/components/mdx/Picture';
import { PostMeta } from '@/components/post/PostMeta';
import { PostTitleLink } from './PostTitleLink';
import { TagList } from './TagList';

/** The newest post at the top of the home page: large title, description, tags, and its cover when it has one. */
export function FeaturedPost({ post }: { post: Post }) {
  const cover = postCover(post);
  return (
    <article className={cover ? 'featured featured--cover' : 'featured'} lang={post.lang} aria-labelledby="featured-title">
      {cover ? (
        // Decorative: the title beside it names the post. Not lazy: it is the first thing on the page.
        <Picture image={cover} className="featured__cover" alt="" sizes={imageSizes('featured')} priority />
      ) : null}
      <div className="featured__text">
        <p className="featured__kicker">Latest post</p>
        <h2 id="featured-title" className="featured__title">
          <PostTitleLink post={post} />
        </h2>
        <PostMeta post={post} />
        <p className="featured__excerpt">{post.excerpt}</p>
        <TagList tags={post.tags} />
      </div>
    </article>
  );
}
