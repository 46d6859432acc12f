import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes `{ slug: source }` as posts/<slug>/index.mdx in a fresh temporary folder. */
export function makePostsDir(posts: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posts-'));
  for (const [slug, source] of Object.entries(posts)) {
    fs.mkdirSync(path.join(dir, slug), { recursive: true });
    fs.writeFileSync(path.join(dir, slug, 'index.mdx'), source);
  }
  return dir;
}

export function post(frontmatter: string, body = 'Some text.\n'): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}`;
}
