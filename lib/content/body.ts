import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompiledPost } from '../mdx/compile-post.mjs';
import type { ContentProblem } from './errors';
import type { Post } from './load';

type PostCompiler = typeof import('../mdx/compile-post.mjs');
export type { CompiledPost, PaperMention } from '../mdx/compile-post.mjs';

/** How post images are addressed: published beside the page (with variants) by a build, served from the post folder by `next dev`'s dev-only route. */
export const MEDIA_MODE = process.env.NODE_ENV === 'production' ? 'publish' : 'dev';

/** An h2/h3 of a post, from its compile (lib/mdx/rehype-post-outline.mjs). */
export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/**
 * Everything derived from a post's body, from its one compile (lib/mdx/compile-post.mjs): the
 * compiled code, outline, papers, ids and links. Compiled when first asked for and kept by
 * content, so the page, the papers index and `npm run check` share one compile.
 */
export async function compiledPost(post: Post): Promise<CompiledPost> {
  const compiler = await postCompiler();
  return compiler.compilePost(post.sourceFile, { media: MEDIA_MODE, frontmatter: pipelineFrontmatter(post), name: post.file });
}

/** The frontmatter fields the pipeline's plugins read, as the content layer parsed them (so they do not parse it again). */
export function pipelineFrontmatter(post: Post): Record<string, unknown> {
  return { lang: post.lang, imported: post.imported, featuredImage: post.featuredImage };
}

/** Runs compiled code with the given scope (React's runtime and the components, from the UI side). */
export async function runCompiled(code: string, scope: Record<string, unknown>): Promise<Record<string, unknown>> {
  const compiler = await postCompiler();
  return compiler.run(code, scope as Parameters<PostCompiler['run']>[1]);
}

/**
 * What keeps a post from compiling, as `npm run check` words it ([] when it compiles; the result
 * is kept, so its page does not compile it again). For the error page of `next dev`.
 */
export async function postCompileProblems(post: Post): Promise<ContentProblem[]> {
  try {
    await compiledPost(post);
    return [];
  } catch (error) {
    const { problems, message } = error as { problems?: ContentProblem[]; message: string };
    return problems ?? [{ file: post.file, message }];
  }
}

// Loaded by Node itself, not bundled: Turbopack would otherwise compile the MDX compiler, KaTeX
// and the plugins into the route.
function postCompiler(): Promise<PostCompiler> {
  const compilerUrl = pathToFileURL(path.join(/* turbopackIgnore: true */ process.cwd(), 'lib/mdx/compile-post.mjs')).href;
  return import(/* webpackIgnore: true */ compilerUrl);
}
