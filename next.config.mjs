import os from 'node:os';
import createMDX from '@next/mdx';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { codeSignature } from './lib/cache/code-signature.mjs';
import { BASE_PATH } from './lib/urls/base-path.mjs';

// Prose pages in app/ may be MDX (app/(site)/privacy-policy/page.mdx). Posts are not compiled by
// the bundler: lib/mdx/compile-post.mjs compiles each one when its page is rendered.
const withMDX = createMDX({ options: { remarkPlugins: ['remark-gfm'] } });

// A larger young generation for the page workers (they inherit NODE_OPTIONS): rendering pages makes
// many short-lived objects, and with Node's default 16 MB semi-space the workers spent 14% of
// their time in garbage collection (1000 posts: page generation 39 s -> 33 s).
const SEMI_SPACE = '--max-semi-space-size=64';
if (!process.env.NODE_OPTIONS?.includes('--max-semi-space-size')) {
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${SEMI_SPACE}`.trim();
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // The sub-path the site is served under (`BASE_PATH=/blog npm run build`): Next prefixes its own
  // routes and assets with it, lib/urls/paths.ts every URL the site writes.
  basePath: BASE_PATH,
  trailingSlash: true,
  // Next writes the build id into every page. A hash of the code instead of a random one: a build of
  // unchanged code and posts then writes the same bytes, so post-build's per-page cache
  // (lib/post-build/page-pass.ts) finds every page it has already finished.
  generateBuildId: () => codeSignature().slice(0, 21),
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  // Source maps serve only stack traces of errors while pages render (post errors are found, with
  // file:line, by the check before); without them and without minifying the server code, which a
  // static export never ships, a warm 100-post build's `next build` takes 5.0 instead of 6.2 s.
  enablePrerenderSourceMaps: false,
  // Types are checked by `npm run typecheck` (in `npm test`), not by every build: they depend on
  // the code, never on posts, and the check costs 5–10 s of each build on 2 cores.
  typescript: { ignoreBuildErrors: true },
  // pagefind spawns its own binary, which a bundled copy could not find (the dev search route uses
  // it); satori (the icons route) loads its layout engine's WebAssembly at run time, and bundling
  // its megabyte of code would only lengthen the compile.
  serverExternalPackages: ['pagefind', 'satori'],
  experimental: {
    globalNotFound: true,
    turbopackSourceMaps: false,
    turbopackMinify: { server: false },
    // One page-generation worker per core. Next's default leaves a core to its main process, which
    // only waits while a static export renders: 1000 posts render in 31 s instead of 38 s on 2 cores.
    cpus: os.availableParallelism(),
  },
};

export default function config(phase) {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  if (!dev) return withMDX(nextConfig);
  // Dev-only routes are files named *.dev.ts(x): a build never sees them. `output: 'export'` is
  // dropped in dev so those routes may answer per request and a new post's URL renders at once
  // (an export refuses any slug missing from generateStaticParams' last, possibly stale, answer).
  const { output: _export, ...devConfig } = nextConfig;
  return withMDX({ ...devConfig, pageExtensions: ['dev.ts', 'dev.tsx', ...nextConfig.pageExtensions] });
}
