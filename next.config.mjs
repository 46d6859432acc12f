import os from 'node:os';
import createMDX from '@next/mdx';
import { mdxOptions } from './lib/mdx/options.mjs';

const withMDX = createMDX({ options: mdxOptions });

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  // Types are checked by `npm run typecheck` (in `npm test`), not by every build: they depend on
  // the code, never on posts, and the check costs 5–10 s of each build on 2 cores.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    globalNotFound: true,
    // One page-generation worker per core. Next's default leaves a core to its main process, which
    // only waits while a static export renders: 1000 posts render in 31 s instead of 38 s on 2 cores.
    cpus: os.availableParallelism(),
  },
};

export default withMDX(nextConfig);
