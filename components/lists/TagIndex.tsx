import type { Tag } from '@/lib/content';
import { href, tagPagePath } from '@/lib/urls/site-pages';

/** The /tags/ page body: every tag with its number of posts, or a line saying there is none. */
export function TagIndex({ tags }: { tags: Tag[] }) {
  return (
    <>
      <h1 className="list-title">Tags</h1>
      {tags.length === 0 ? (
        <p>No post has tags yet.</p>
      ) : (
        <ul className="tag-index">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <a className="tag" href={href(tagPagePath(tag.slug))}>
                {tag.name}{' '}
                <span className="tag__count">
                  {tag.posts.length}
                  <span className="visually-hidden"> {tag.posts.length === 1 ? 'post' : 'posts'}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
