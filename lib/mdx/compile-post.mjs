// Posts are compiled here, in plain Node, one at a time when a page asks for one: in `next build`'s
// page workers and in `next dev` alike, never by the bundler. Turbopack compiling every post
// through @mdx-js/loader took 40 of the 100 s of a 1000-post build, and made `next dev` compile
// every post on its first request. Results are kept on disk by content (.cache/mdx/), so a build
// only compiles the posts that changed since the last one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, run } from '@mdx-js/mdx';
import { CACHE_ROOT, JSON_VALUE, diskCache } from '../cache/disk-cache.mjs';
import { folderStamp } from '../cache/folder-stamp.mjs';
import { VFile } from 'vfile';
import { pipeline, withLocation } from './pipeline.mjs';
import { WARNING } from './post-file.mjs';
import { compileProblems } from './problems.mjs';

export { run };

/** Compiled posts by content; gitignored, safe to delete at any time. */
export const MDX_CACHE_DIR = path.join(CACHE_ROOT, 'mdx');
/** Everything one compile of a post yields (see compilePost), as JSON. */
export const compiledCache = diskCache(MDX_CACHE_DIR, { ext: '.json', ...JSON_VALUE });

/** @type {Map<string, { key: string, result: Promise<CompiledPost> }>} */
const compiled = new Map();

/** What a compiled post depends on besides its source: the image mode and the files of its folder. */
function compileStamp(file, media) {
  return `${media}|${folderStamp(path.dirname(file))}`;
}

/** The modules outside lib/mdx/ that the pipeline imports and that shape what it yields (lib/cache/ only stores it). */
export const PIPELINE_IMPORTS = ['../content/patterns.mjs', '../i18n/footnote-labels.mjs'];

let compilerSignature;
/** The pipeline's own code and the installed plugin versions: a change to either compiles every post again. */
function pipelineSignature() {
  if (!compilerSignature) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const name of [...fs.readdirSync(here).sort(), ...PIPELINE_IMPORTS]) hash.update(name).update(fs.readFileSync(path.join(here, name)));
    const lock = path.join(process.cwd(), 'package-lock.json');
    if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
    compilerSignature = hash.digest('hex');
  }
  return compilerSignature;
}

/**
 * @typedef {{ depth: 2 | 3, id: string, text: string }} Heading
 * @typedef {{ title: string, authors?: string, venue?: string, url?: string, section?: { id: string, heading: string } }} PaperMention
 * @typedef {{ href: string, line?: number, column?: number }} PostLink
 * @typedef {{ line?: number, column?: number, message: string }} Warning
 * @typedef {{
 *   code: string,
 *   headings: Heading[],
 *   papers: PaperMention[],
 *   ids: string[],
 *   links: PostLink[],
 *   warnings: Warning[],
 *   text: string,
 * }} CompiledPost
 */

/**
 * THE compile of a post: one parse and one unified run give its body (`code`, the body of an
 * async function for `run`; components come from `useMDXComponents`), its outline (h2/h3 with
 * the ids rehype-slug gave them), its <Paper> cards under those same ids, every element id and
 * link of the rendered body (for the check's link checks) and its warnings. Pages, `npm run check`,
 * the papers index and the tests all come here; the result is kept in memory and on disk by
 * content, so a post is compiled again only after its folder (or the pipeline) changed.
 * Throws an error naming file:line, with `problems` (every error and warning, as the check words them).
 * @param {string} file absolute path of a post's source file (index.mdx or index.md)
 * @param {{ media?: 'publish' | 'dev', source?: string, frontmatter?: Record<string, unknown>, name?: string }} [options]
 *   media: how image sources are written (lib/mdx/media.mjs). source: the file's text (read when
 *   absent). frontmatter: as the content layer parsed it (parsed here when absent). name: the path
 *   problems are reported under (default: relative to the working directory).
 * @returns {Promise<CompiledPost>}
 */
export function compilePost(file, { media = 'publish', source = fs.readFileSync(file, 'utf8'), frontmatter, name } = {}) {
  const key = cacheKey(file, compileStamp(file, media), source);
  const cached = compiled.get(file);
  if (cached?.key === key) return cached.result;
  const result = compiledCache.getOrCompute(key, () => compileNow(file, media, source, frontmatter, name ?? path.relative(process.cwd(), file)));
  compiled.set(file, { key, result });
  // A failed compile is not kept: the next request tries again (and reports the error again).
  result.catch(() => compiled.delete(file));
  return result;
}

/** The cache key of a compiled post: the pipeline, the post's path, its folder and source. */
function cacheKey(file, stamp, source) {
  return createHash('sha256').update(pipelineSignature()).update(path.relative(process.cwd(), file)).update(stamp).update(source).digest('hex');
}

async function compileNow(file, media, source, frontmatter, name) {
  const { remarkPlugins, rehypePlugins } = await pipeline({ media });
  const vfile = new VFile({ value: source, path: file, data: frontmatter ? { frontmatter } : {} });
  let code;
  try {
    code = String(await compile(vfile, { outputFormat: 'function-body', providerImportSource: '#', remarkPlugins, rehypePlugins }));
  } catch (error) {
    // Every problem, as `npm run check` words them, for the check and the error page of `next dev`.
    throw Object.assign(withLocation(error, file), {
      problems: [...compileProblems(vfile, error, name), ...warningsOf(vfile).map((w) => ({ file: name, ...w, severity: 'warning' }))],
    });
  }
  const { headings, papers, ids, links, text } = /** @type {Omit<CompiledPost, 'code' | 'warnings'>} */ (vfile.data);
  return { code, headings, papers, ids, links, text, warnings: warningsOf(vfile) };
}

/** @returns {Warning[]} */
function warningsOf(vfile) {
  return vfile.messages
    .filter((m) => m.source === 'blog' && m.ruleId === WARNING)
    .map((m) => ({ line: m.line ?? undefined, column: m.column ?? undefined, message: m.reason }));
}
