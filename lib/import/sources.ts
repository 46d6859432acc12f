// Finding and reading the posts of another blog (Gatsby, Astro, or a plain folder of posts).
import fs from 'node:fs';
import path from 'node:path';

/** One post of the blog being imported, read from disk. */
export interface SourcePost {
  /** Folder name (or file name without extension): the post's old slug. */
  slug: string;
  /** Absolute path of the post's Markdown file. */
  file: string;
  format: 'md' | 'mdx';
  source: string;
  /** The folder the blog's own paths are relative to (Gatsby's featuredImage: content/blog/). */
  contentRoot: string;
  /** Files beside the post (folder posts only), relative to its folder, safe to copy. */
  assets: string[];
  /** Files beside the post that are not copied, with the reason. */
  skipped: { file: string; reason: string }[];
}

export interface SourceBlog {
  /** The folder the user named, resolved: nothing outside it is ever read. */
  boundary: string;
  /** Folders the posts were found in. */
  postFolders: string[];
  /** Where absolute paths such as /images/x.png point (a site's public/ folder), when there is one. */
  publicDir?: string;
  posts: SourcePost[];
  /** Entries of a posts folder that are not posts, with the reason. */
  ignored: { file: string; reason: string }[];
}

/** Where gatsby-starter-blog and Astro content collections keep posts, relative to the repository root. */
const POST_FOLDERS = ['content/blog', 'content/posts', 'src/content/posts', 'src/content/blog'];
const POST_FILE = /\.mdx?$/;
const INDEX_FILES = ['index.md', 'index.mdx'];

/** Reads every post under `folder`: a blog's repository root or its posts folder. Throws when there is none. */
export function readSourceBlog(folder: string): SourceBlog {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new Error(`${folder}: not a folder`);
  const boundary = fs.realpathSync(folder);
  const nested = POST_FOLDERS.map((rel) => path.join(boundary, rel)).filter((dir) => fs.existsSync(dir) && fs.statSync(dir).isDirectory());
  const postFolders = nested.length > 0 ? nested : [boundary];
  const publicDir = nested.length > 0 && fs.existsSync(path.join(boundary, 'public')) ? path.join(boundary, 'public') : undefined;
  const posts: SourcePost[] = [];
  const ignored: SourceBlog['ignored'] = [];
  for (const dir of postFolders) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      const full = path.join(dir, entry.name);
      const real = inside(boundary, full);
      if (!real) {
        ignored.push({ file: full, reason: 'a symlink to somewhere outside the imported folder' });
        continue;
      }
      const stat = fs.statSync(real);
      if (stat.isDirectory()) {
        const index = INDEX_FILES.filter((name) => fs.existsSync(path.join(full, name)));
        if (index.length === 0) {
          ignored.push({ file: full, reason: 'folder without index.md or index.mdx' });
          continue;
        }
        const file = path.join(full, index[0]);
        if (index.length > 1) ignored.push({ file: path.join(full, index[1]), reason: `${index[0]} is imported; a post has one source file` });
        if (!inside(boundary, file)) {
          ignored.push({ file, reason: 'a symlink to somewhere outside the imported folder' });
          continue;
        }
        const { assets, skipped } = listAssets(boundary, full, new Set(index));
        posts.push({ slug: entry.name, file, format: formatOf(file), source: fs.readFileSync(file, 'utf8'), contentRoot: dir, assets, skipped });
      } else if (POST_FILE.test(entry.name)) {
        posts.push({
          slug: entry.name.replace(POST_FILE, ''),
          file: full,
          format: formatOf(full),
          source: fs.readFileSync(real, 'utf8'),
          contentRoot: dir,
          assets: [],
          skipped: [],
        });
      }
    }
  }
  if (posts.length === 0)
    throw new Error(
      `${folder}: no posts found (looked for <slug>/index.md(x) and <slug>.md(x) in ${postFolders.map((dir) => path.relative(process.cwd(), dir) || '.').join(', ')})`,
    );
  return { boundary, postFolders, publicDir, posts, ignored };
}

function formatOf(file: string): 'md' | 'mdx' {
  return file.endsWith('.mdx') ? 'mdx' : 'md';
}

/** The real path of `file` when it (after following symlinks) lies inside `boundary`, else undefined. */
export function inside(boundary: string, file: string): string | undefined {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return undefined; // a dangling symlink
  }
  const rel = path.relative(boundary, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)) ? real : undefined;
}

/** Every file in a post folder (subfolders too) except the post itself; symlinks leaving the boundary are skipped. */
function listAssets(boundary: string, dir: string, exclude: Set<string>): Pick<SourcePost, 'assets' | 'skipped'> {
  const assets: string[] = [];
  const skipped: SourcePost['skipped'] = [];
  const seen = new Set<string>(); // a symlinked folder pointing back up must not loop
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const name = path.join(rel, entry.name);
      if (rel === '' && exclude.has(entry.name)) continue;
      if (entry.name === '.DS_Store') continue;
      const real = inside(boundary, path.join(dir, name));
      if (!real) {
        skipped.push({ file: name, reason: 'symlink to a file outside the imported folder: not copied' });
        continue;
      }
      if (!fs.statSync(real).isDirectory()) assets.push(name);
      else if (!seen.has(real)) {
        seen.add(real);
        walk(name);
      }
    }
  };
  walk('');
  return { assets: assets.sort(), skipped };
}
