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
import { CACHE_ROOT, JSON_VALUE, TEXT, diskCache } from '../cache/disk-cache.mjs';
import { VFile } from 'vfile';
import { pipeline, withLocation } from './pipeline.mjs';
import { compileProblems } from './problems.mjs';

export { run };

/** Compiled posts by content; gitignored, safe to delete at any time. */
export const MDX_CACHE_DIR = path.join(CACHE_ROOT, 'mdx');
/** A post's compiled code, and what the content check found in it (see rememberCompiled). */
export const compiledCache = diskCache(MDX_CACHE_DIR, { ext: '.js', ...TEXT });
const findingsCache = diskCache(MDX_CACHE_DIR, { ext: '.check.json', ...JSON_VALUE });

/** @type {Map<string, { stamp: string, code: Promise<string> }>} */
const compiled = new Map();

/** What a compiled post depends on besides its source: the image mode and the files of its folder. */
function compileStamp(file, media) {
  return `${media}|${folderStamp(path.dirname(file))}`;
}

/** Changes whenever the post's source file or a file beside it (an image) is saved, added or removed. */
function folderStamp(dir) {
  return fs
    .readdirSync(dir, { recursive: true })
    .sort()
    .map((name) => {
      const stat = fs.statSync(path.join(dir, name));
      return `${name}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('|');
}

let compilerSignature;
/** The pipeline's own code and the installed plugin versions: a change to either compiles every post again. */
function pipelineSignature() {
  if (!compilerSignature) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const name of fs.readdirSync(here).sort()) hash.update(name).update(fs.readFileSync(path.join(here, name)));
    const lock = path.join(process.cwd(), 'package-lock.json');
    if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
    compilerSignature = hash.digest('hex');
  }
  return compilerSignature;
}

/**
 * The post as the body of an async function for `run` (components come from `useMDXComponents`).
 * Compiled again only after its folder changed.
 * @param {string} file absolute path of a post's source file (index.mdx or index.md)
 * @param {'publish' | 'dev'} media how image sources are written (lib/mdx/media.mjs)
 * @returns {Promise<string>}
 */
export function compilePostModule(file, media) {
  const stamp = compileStamp(file, media);
  const cached = compiled.get(file);
  if (cached?.stamp === stamp) return cached.code;
  const code = compileCached(file, media, stamp);
  compiled.set(file, { stamp, code });
  // A failed compile is not kept: the next request tries again (and reports the error again).
  code.catch(() => compiled.delete(file));
  return code;
}

/** The cache key of a post's compiled code: the pipeline, the post's path, its folder and source. */
function cacheKey(file, stamp, source) {
  return createHash('sha256').update(pipelineSignature()).update(path.relative(process.cwd(), file)).update(stamp).update(source).digest('hex');
}

async function compileCached(file, media, stamp) {
  const source = await fs.promises.readFile(file, 'utf8');
  return compiledCache.getOrCompute(cacheKey(file, stamp, source), async () => {
    const { remarkPlugins, rehypePlugins } = await pipeline({ media });
    const vfile = new VFile({ value: source, path: file });
    try {
      return String(await compile(vfile, { ...COMPILE_OPTIONS, remarkPlugins, rehypePlugins }));
    } catch (error) {
      // Every problem, as `npm run check` words them, for the error page of `next dev`.
      throw Object.assign(withLocation(error, file), { problems: compileProblems(vfile, error, path.relative(process.cwd(), file)) });
    }
  });
}

/**
 * How pages compile posts; code compiled with these options (and the pipeline) may be cached.
 * @type {{ outputFormat: 'function-body', providerImportSource: string }}
 */
export const COMPILE_OPTIONS = { outputFormat: 'function-body', providerImportSource: '#' };

/** The cache key of a post as the build's pages compile it. */
export function publishCacheKey(file, source) {
  return cacheKey(file, compileStamp(file, 'publish'), source);
}

/**
 * Keeps what the content check found compiling a post (with COMPILE_OPTIONS and the 'publish'
 * pipeline): the code, which the build's pages then only read (`npm run check` runs just before
 * `next build`), and the check's own findings, so an unchanged post is not compiled again by the
 * next check.
 * @param {string} file absolute path of a post's source file (index.mdx or index.md)
 * @param {string} source what was compiled
 * @param {string} code the result
 * @param {unknown} findings what the check collected (JSON)
 */
export async function rememberCompiled(file, source, code, findings) {
  const key = publishCacheKey(file, source);
  await compiledCache.write(key, code);
  await findingsCache.write(key, findings);
}

/**
 * What rememberCompiled kept for this exact post, or undefined.
 * @param {string} file
 * @param {string} source
 * @returns {Promise<unknown>}
 */
export function rememberedFindings(file, source) {
  return findingsCache.read(publishCacheKey(file, source));
}
