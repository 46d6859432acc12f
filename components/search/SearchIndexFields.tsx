import type { Post } from '@/lib/content';

/**
 * Filters for the search index, read by pagefind at build time from the post page: the post's
 * language and each tag. Hidden: readers see the tags in TagList.
 */
export function SearchIndexFields({ post }: { post: Post }) {
  return (
    <div hidden>
      <span data-pagefind-filter="lang">{post.lang}</span>
      {post.tags.map((tag) => (
        <span key={tag} data-pagefind-filter="tag">
          {tag}
        </span>
      ))}
    </div>
  );
}
