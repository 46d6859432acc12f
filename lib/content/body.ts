import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ComponentType } from 'react';
import * as runtime from 'react/jsx-runtime';
import { useMDXComponents } from '@/mdx-components';
import type { ContentProblem } from './errors';
import { getPost, MEDIA_MODE } from './index';

type PostCompiler = typeof import('../mdx/compile-post.mjs');

/** An h2/h3 of a post, as exported by lib/mdx/rehype-post-outline.mjs. */
export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

export interface PostBody {
  Body: ComponentType;
  headings: Heading[];
}

/**
 * The compiled MDX body of a post and its outline. The post is compiled when a page asks for it
 * (see lib/mdx/compile-post.mjs) and rendered with this bundle's React and mdx-components.tsx, so
 * `next dev` compiles only the post it shows and a saved edit shows on the next request.
 */
export async function loadPostBody(slug: string): Promise<PostBody> {
  const compiler = await postCompiler();
  const code = await compiler.compilePostModule(postSource(slug), MEDIA_MODE);
  const mod = await compiler.run(code, { ...runtime, useMDXComponents });
  return { Body: mod.default as ComponentType, headings: mod.headings as Heading[] };
}

/**
 * What keeps a post from compiling, as `npm run check` words it ([] when it compiles; the result
 * is kept, so its page does not compile it again). For the error page of `next dev`.
 */
export async function postCompileProblems(slug: string): Promise<ContentProblem[]> {
  const compiler = await postCompiler();
  try {
    await compiler.compilePostModule(postSource(slug), MEDIA_MODE);
    return [];
  } catch (error) {
    const { problems, message } = error as { problems?: ContentProblem[]; message: string };
    return problems ?? [{ file: path.relative(process.cwd(), postSource(slug)), message }];
  }
}

/** The post's index.md or index.mdx, as the content layer found it. */
function postSource(slug: string): string {
  const post = getPost(slug);
  if (!post) throw new Error(`no post "${slug}"`);
  return post.sourceFile;
}

// Loaded by Node itself, not bundled: Turbopack would otherwise compile the MDX compiler, KaTeX
// and the plugins into the route.
function postCompiler(): Promise<PostCompiler> {
  const compilerUrl = pathToFileURL(path.join(/* turbopackIgnore: true */ process.cwd(), 'lib/mdx/compile-post.mjs')).href;
  return import(/* webpackIgnore: true */ compilerUrl);
}
