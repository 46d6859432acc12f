// What the post plugins share about the file they compile: its frontmatter, and how they report.
// A problem is an error (the compile fails once, listing every one) unless it is a warning, which
// `npm run check` lists and the build publishes past (`npm run check -- --strict` fails on it).
import path from 'node:path';
import matter from 'gray-matter';

/** The ruleId of warnings; compile-post.mjs tells them from errors by it. */
export const WARNING = 'warning';

/** The post's frontmatter: as the content layer passed it to compilePost, else parsed once per compile. */
export function frontmatterOf(file) {
  // An empty options object bypasses gray-matter's cache, which would hide edits in `next dev`.
  file.data.frontmatter ??= matter(String(file.value), {}).data;
  return file.data.frontmatter;
}

/** A warning at a node's position. */
export function warn(file, reason, node) {
  file.message(reason, { place: node?.position, ruleId: WARNING, source: 'blog' });
}

/** An error at a node's position; the caller ends with failOnErrors. */
export function problem(file, reason, node) {
  return file.message(reason, { place: node?.position, ruleId: 'post-content', source: 'blog' });
}

/** For imported posts (`imported: true`), what is an error in our own posts is only a warning. */
export function errorUnlessImported(file, reason, node) {
  return frontmatterOf(file).imported === true ? (warn(file, reason, node), undefined) : problem(file, reason, node);
}

/** Fails the compile with every error collected, one line each (file:line in the check). */
export function failOnErrors(file, problems) {
  const errors = problems.filter(Boolean);
  if (errors.length === 0) return;
  const list = errors.map((m) => `  ${m.line ?? '?'}:${m.column ?? '?'}  ${m.reason}`).join('\n');
  file.fail(`${errors.length} problem${errors.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), file.path ?? 'post')}:\n${list}`, {
    ruleId: 'summary',
    source: 'blog',
  });
}
