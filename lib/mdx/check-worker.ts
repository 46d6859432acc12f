// A process of lib/mdx/check-pool.ts: checks the posts it is sent and sends back the results.
import { checkPost } from './compile';
import type { PostToCheck } from './check-pool';

process.once('message', async (posts: PostToCheck[]) => {
  const results = [];
  for (const post of posts) results.push(await checkPost(post.source, post.path, post.file));
  process.send!(results);
});
