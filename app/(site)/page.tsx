import { JsonLd } from '@/components/site/JsonLd';
import { PostList } from '@/components/site/PostList';
import { getPosts } from '@/lib/content';
import { websiteJsonLd } from '@/lib/structured-data';

export default function HomePage() {
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <h1 className="visually-hidden">Latest posts</h1>
      <PostList posts={getPosts()} />
    </>
  );
}
