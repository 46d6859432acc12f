import type { Metadata } from 'next';
import { getTags } from '@/lib/content';
import { pageMetadata } from '@/lib/page-metadata';
import { tagPagePath } from '@/lib/site-pages';

export const metadata: Metadata = pageMetadata({ title: 'Tags', description: 'Every tag on the blog with its number of posts.', path: '/tags/' });

export default function TagsPage() {
  const tags = getTags();
  return (
    <>
      <h1 className="list-title">Tags</h1>
      <ul className="tag-index">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a className="tag" href={tagPagePath(tag.slug)}>
              {tag.name}{' '}
              <span className="tag__count">
                {tag.posts.length}
                <span className="visually-hidden"> {tag.posts.length === 1 ? 'post' : 'posts'}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
