// A process of writeShareCardsInParallel (lib/og/parallel.ts).
import { serveShard } from '../parallel/shards';
import { drawPostCards } from './parallel';

serveShard(drawPostCards);
