import { formatViews } from '@/lib/i18n/format';
import { getPageviewStats, type RankedPost } from '@/lib/pageviews';
import { href, postPath } from '@/lib/urls/site-pages';

/**
 * "Trending" (most views in the last N days) and "Most read" (all time), from data/pageviews.json.
 * Renders nothing when there is no page views file or no post has views.
 */
export function PopularPosts() {
  const stats = getPageviewStats();
  if (!stats || stats.mostRead.length === 0) return null;
  const lists: { title: string; note: string; posts: RankedPost[] }[] = [
    { title: 'Trending', note: `Most read in the last ${stats.recentDays} days`, posts: stats.trending },
    { title: 'Most read', note: 'All time', posts: stats.mostRead },
  ];
  return (
    <section className="popular-posts" aria-label="Popular posts">
      {lists
        .filter((list) => list.posts.length > 0)
        .map((list) => (
          <div key={list.title} className="popular-posts__list">
            <h2 className="popular-posts__title">{list.title}</h2>
            <p className="popular-posts__note">{list.note}</p>
            <ol>
              {list.posts.map(({ post, views }) => (
                <li key={post.slug} lang={post.lang}>
                  <a href={href(postPath(post))}>{post.title}</a> <span className="popular-posts__views">{formatViews(views, post.lang)}</span>
                </li>
              ))}
            </ol>
          </div>
        ))}
    </section>
  );
}
