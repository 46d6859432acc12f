// A process of prepareImages (lib/images/encode.ts). One libvips thread: there is a process per core.
import sharp from 'sharp';
import { serveShard } from '../parallel/shards';
import { encodeImages } from './encode';

sharp.concurrency(1);
serveShard(encodeImages);
