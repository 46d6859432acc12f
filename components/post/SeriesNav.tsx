import type { Post } from '@/lib/content';
import { labels } from '@/lib/i18n';
import { href, postPath } from '@/lib/urls/site-pages';

/** Every post of the series in reading order, the current one marked. */
export function SeriesNav({ post, series }: { post: Post; series: Post[] }) {
  if (series.length === 0) return null;
  const t = labels(post.lang);
  const position = series.findIndex((p) => p.slug === post.slug) + 1;
  return (
    <nav className="series" aria-labelledby="series-title">
      <h2 id="series-title" className="series__title">
        {t.series}: {post.series} <span className="series__position">({t.seriesPart(position, series.length)})</span>
      </h2>
      <ol className="series__list">
        {series.map((p) => (
          <li key={p.slug}>{p.slug === post.slug ? <span aria-current="page">{p.title}</span> : <a href={href(postPath(p))}>{p.title}</a>}</li>
        ))}
      </ol>
    </nav>
  );
}
