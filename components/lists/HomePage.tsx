import { getPosts, getSeriesList } from '@/lib/content';
import { pageCount, pageItems } from '@/lib/content/pagination';
import { AuthorBio } from '@/components/post/AuthorBio';
import { FeaturedPost } from './FeaturedPost';
import { Pagination } from './Pagination';
import { PopularPosts } from './PopularPosts';
import { PostList } from './PostList';
import { SeriesStrip } from './SeriesStrip';

/**
 * Page `page` of the home list (page 1 is `/`, the rest `/page/N/`). Page 1 is the front page: the
 * newest post featured beside the series and a compact author box, then the other posts of the page.
 */
export function HomePage({ page }: { page: number }) {
  const posts = getPosts();
  const onPage = pageItems(posts, page);
  const pagination = <Pagination page={page} pages={pageCount(posts.length)} />;
  if (page > 1 || posts.length === 0) {
    return (
      <>
        <h1 className={page > 1 ? 'list-title' : 'visually-hidden'}>{page > 1 ? `Posts, page ${page}` : 'Latest posts'}</h1>
        {posts.length === 0 ? <p>No posts yet.</p> : <PostList posts={onPage} />}
        {pagination}
      </>
    );
  }
  const [newest, ...others] = onPage;
  return (
    <div className="home">
      <h1 className="visually-hidden">Latest posts</h1>
      <div className="home__top">
        <FeaturedPost post={newest} />
        <div className="home__aside">
          <SeriesStrip series={getSeriesList()} />
          <AuthorBio />
        </div>
      </div>
      {others.length > 0 ? (
        <section aria-labelledby="more-posts-title">
          <h2 id="more-posts-title" className="home__heading">
            More posts
          </h2>
          <PostList posts={others} heading="h3" />
        </section>
      ) : null}
      {pagination}
      <PopularPosts />
    </div>
  );
}
