import { labels } from '@/lib/i18n';
import type { Post } from '@/lib/content';
import { shareLinks } from '@/lib/share';
import { absoluteUrl, postPath } from '@/lib/site-pages';

export function ShareLinks({ post }: { post: Post }) {
  const t = labels(post.lang);
  return (
    <nav className="share" aria-label={t.share}>
      <h2 className="share__title">{t.share}</h2>
      <ul className="share__list">
        {shareLinks(absoluteUrl(postPath(post)), post.title).map(({ service, href }) => (
          <li key={service}>
            <a href={href} rel="noopener noreferrer" target="_blank" aria-label={t.shareOn(service)}>
              {service}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
