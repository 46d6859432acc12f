// A process of checkPosts (lib/mdx/check-pool.ts).
import { serveShard } from '../shards';
import { checkEach } from './check-pool';

serveShard(checkEach);
