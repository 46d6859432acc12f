import { labels } from '@/lib/i18n';
import type { Post } from '@/lib/content';
import { shareLinks } from '@/lib/seo/share-links';
import { absoluteUrl, postPath } from '@/lib/urls/site-pages';
import { ShareIcon } from './ShareIcon';

/**
 * Share buttons as plain links with drawn icons: no third-party script, font or image loads.
 * `top`: a row of icons under the post's meta line; `footer`: icon + label under the author block.
 */
export function ShareLinks({ post, variant }: { post: Post; variant: 'top' | 'footer' }) {
  const t = labels(post.lang);
  const list = (
    <ul className="share__list">
      {shareLinks(absoluteUrl(postPath(post)), post.title).map(({ service, href }) => (
        <li key={service}>
          <a className="share__button" href={href} rel="noopener noreferrer" target="_blank" aria-label={t.shareOn(service)} title={t.shareOn(service)}>
            <ShareIcon service={service} />
            {variant === 'footer' ? <span className="share__label">{service}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
  // The top row is a group, not a second "Share" landmark: landmark names must be unique.
  if (variant === 'top') {
    return (
      <div className="share share--top" role="group" aria-label={t.share}>
        {list}
      </div>
    );
  }
  return (
    <nav className="share" aria-label={t.share}>
      <h2 className="share__title">{t.share}</h2>
      <p className="share__lead">{t.pleaseShare}</p>
      {list}
    </nav>
  );
}
