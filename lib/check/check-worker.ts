// A process of checkPosts (lib/check/check-pool.ts).
import { serveShard } from '../parallel/shards';
import { checkEach } from './check-pool';

serveShard(checkEach);
