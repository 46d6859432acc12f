// A process of writeShareCardsInParallel (lib/og/parallel.ts). One libvips thread: there is a process
// per core, and more threads only cost each card time in waiting for each other (~3 ms of ~20).
import sharp from 'sharp';
import { serveShard } from '../parallel/shards';
import { drawCards } from './parallel';

sharp.concurrency(1);
serveShard(drawCards);
