import { PopularPosts } from '@/components/site/PopularPosts';
import { PostList } from '@/components/site/PostList';
import { getPosts } from '@/lib/content';

export default function HomePage() {
  return (
    <>
      <h1 className="visually-hidden">Latest posts</h1>
      <PostList posts={getPosts()} />
      <PopularPosts />
    </>
  );
}
