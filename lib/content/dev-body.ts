import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as runtime from 'react/jsx-runtime';
import { useMDXComponents } from '@/mdx-components';
import { toPostBody, type PostBody } from './body';
import { POSTS_DIR } from './index';

type DevCompiler = typeof import('../mdx/dev-compile.mjs');

/**
 * `next dev` only: compiles just the requested post, at request time, outside Turbopack (see
 * lib/mdx/dev-compile.mjs), and renders it with this bundle's React and mdx-components.tsx.
 * A saved edit shows on the next request.
 */
export async function loadDevPostBody(slug: string): Promise<PostBody> {
  // Loaded by Node itself, not bundled: Turbopack would otherwise compile the MDX compiler,
  // KaTeX and the plugins into the route on the first request.
  const compilerUrl = pathToFileURL(path.join(/* turbopackIgnore: true */ process.cwd(), 'lib/mdx/dev-compile.mjs')).href;
  const compiler: DevCompiler = await import(/* webpackIgnore: true */ compilerUrl);
  const code = await compiler.compileForDev(path.join(POSTS_DIR, slug, 'index.mdx'));
  return toPostBody(await compiler.run(code, { ...runtime, useMDXComponents }));
}
