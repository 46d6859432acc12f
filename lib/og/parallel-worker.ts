// A process of writeShareCardsInParallel (lib/og/parallel.ts).
import { serveShard } from '../shards';
import { drawPostCards } from './parallel';

serveShard(drawPostCards);
