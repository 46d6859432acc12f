// A process of writeShareCardsInParallel (lib/og/parallel.ts).
import { serveShard } from '../parallel/shards';
import { drawCards } from './parallel';

serveShard(drawCards);
