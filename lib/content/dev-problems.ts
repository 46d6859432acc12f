import path from 'node:path';
import { postCompileProblems } from './body';
import { printProblems, showProblem, type ShownProblem } from './code-frame';
import { getPost, getPostsSnapshot, POSTS_DIR, SHOW_DRAFTS } from './index';

/**
 * In `next dev`: what `npm run check` reports about the post in `posts/<slug>/` (frontmatter,
 * MDX syntax, images, component props), each with its code frame, for its page to show instead of
 * the post. [] when it is fine, and always in a build, where a broken post fails the build.
 */
export async function devPostProblems(slug: string): Promise<ShownProblem[]> {
  if (!SHOW_DRAFTS) return [];
  const folder = path.relative(process.cwd(), path.join(POSTS_DIR, slug));
  // Already printed by getPostsSnapshot when they appeared.
  const loading = getPostsSnapshot().problems.filter((problem) => problem.file === folder || problem.file.startsWith(`${folder}${path.sep}`));
  if (loading.length > 0) return loading.map((problem) => showProblem(problem));
  const post = getPost(slug);
  if (!post) return [];
  const problems = await postCompileProblems(post);
  if (problems.length > 0) printProblems(problems);
  return problems.map((problem) => showProblem(problem));
}
