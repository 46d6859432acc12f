import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { CompiledPost } from '../mdx/compile-post.mjs';
import type { ContentProblem } from './errors';
import type { ParsedPost, Post } from './load';

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
export function pipelineFrontmatter(post: Pick<Post, 'lang' | 'imported' | 'featuredImage'>): Record<string, unknown> {
  return { lang: post.lang, imported: post.imported, featuredImage: post.featuredImage };
}

let textWorker: Worker | undefined;

/**
 * The prose of each post's body (CompiledPost.text), for reading time, excerpts, related posts and
 * search. The post list is synchronous (routes, generateStaticParams), compiling is not: the
 * compiles run on a worker thread (lib/mdx/compile-sync-worker.mjs) that this thread waits for.
 * Kept compiles are read from .cache/mdx/, so after `npm run check` this only reads; in `next dev`
 * the thread stays loaded and is asked only about the posts that changed. A post that does not
 * compile gets '' (its page and the check report the error).
 */
export function bodyTexts(posts: ParsedPost[]): string[] {
  if (posts.length === 0) return [];
  textWorker ??= startTextWorker();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const jobs = posts.map((post) => ({ file: post.sourceFile, media: MEDIA_MODE, frontmatter: pipelineFrontmatter(post), name: post.file }));
  textWorker.postMessage({ jobs, done, port: port2 }, [port2]);
  Atomics.wait(done, 0, 0);
  const reply = receiveMessageOnPort(port1)?.message as { texts: string[] } | { error: string } | undefined;
  port1.close();
  if (!reply || 'error' in reply) throw new Error(`compiling posts for their text failed: ${reply?.error ?? 'no answer'}`);
  return reply.texts;
}

function startTextWorker(): Worker {
  const worker = new Worker(path.join(/* turbopackIgnore: true */ process.cwd(), 'lib/mdx/compile-sync-worker.mjs'));
  worker.unref(); // an idle worker does not keep the process alive
  return worker;
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
