import { tagSlug } from '@/lib/content';
import { href, tagPagePath } from '@/lib/urls/site-pages';

export function TagList({ tags, label = 'Tags' }: { tags: string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <a className="tag" href={href(tagPagePath(tagSlug(tag)))}>
            {tag}
          </a>
        </li>
      ))}
    </ul>
  );
}
