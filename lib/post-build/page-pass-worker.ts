// A process of the page pass (lib/post-build/post-build.ts).
import { serveShard } from '../parallel/shards';
import { finishPages } from './page-pass';

serveShard(finishPages);
