import { getPosts } from '@/lib/content';
import { pageCount, pageItems } from '@/lib/content/pagination';
import { AuthorBio } from './AuthorBio';
import { Pagination } from './Pagination';
import { PopularPosts } from './PopularPosts';
import { PostList } from './PostList';

/** Page `page` of the home list (page 1 is `/`, the rest `/page/N/`). */
export function HomePage({ page }: { page: number }) {
  const posts = getPosts();
  const onPage = pageItems(posts, page);
  return (
    <>
      {page === 1 ? <AuthorBio /> : null}
      <h1 className={page === 1 ? 'visually-hidden' : 'list-title'}>{page === 1 ? 'Latest posts' : `Posts, page ${page}`}</h1>
      {posts.length === 0 ? <p>No posts yet.</p> : <PostList posts={onPage} />}
      <Pagination page={page} pages={pageCount(posts.length)} />
      {page === 1 ? <PopularPosts /> : null}
    </>
  );
}
