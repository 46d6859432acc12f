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
import { pipeline, withLocation } from './pipeline.mjs';

export { run };

/** Compiled posts by content; gitignored, safe to delete at any time. */
export const MDX_CACHE_DIR = path.join(process.cwd(), '.cache', 'mdx');

/** @type {Map<string, { stamp: string, code: Promise<string> }>} */
const compiled = new Map();

/** What a compiled post depends on besides its source: the image mode and the files of its folder. */
function compileStamp(file, media) {
  return `${media}|${folderStamp(path.dirname(file))}`;
}

/** Changes whenever index.mdx or a file beside it (an image) is saved, added or removed. */
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
 * @param {string} file absolute path of a post's index.mdx
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

/** The cache file of a post's compiled code: the pipeline, the post's path, its folder and source. */
function cacheFile(file, stamp, source) {
  const key = createHash('sha256').update(pipelineSignature()).update(path.relative(process.cwd(), file)).update(stamp).update(source).digest('hex');
  return path.join(MDX_CACHE_DIR, `${key}.js`);
}

async function writeCache(target, code) {
  await fs.promises.mkdir(MDX_CACHE_DIR, { recursive: true });
  // Page workers run in parallel: write aside, then rename, so no reader sees half a file.
  const partial = `${target}.${process.pid}.tmp`;
  await fs.promises.writeFile(partial, code);
  await fs.promises.rename(partial, target);
}

async function compileCached(file, media, stamp) {
  const source = await fs.promises.readFile(file, 'utf8');
  const target = cacheFile(file, stamp, source);
  try {
    return await fs.promises.readFile(target, 'utf8');
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  const { remarkPlugins, rehypePlugins } = await pipeline({ media });
  let code;
  try {
    code = String(await compile({ value: source, path: file }, { ...COMPILE_OPTIONS, remarkPlugins, rehypePlugins }));
  } catch (error) {
    throw withLocation(error, file);
  }
  await writeCache(target, code);
  return code;
}

/**
 * How pages compile posts; code compiled with these options (and the pipeline) may be cached.
 * @type {{ outputFormat: 'function-body', providerImportSource: string }}
 */
export const COMPILE_OPTIONS = { outputFormat: 'function-body', providerImportSource: '#' };

/** The cache file of a post as the build's pages compile it, with `ext` in place of `.js`. */
function publishCacheFile(file, source, ext = '.js') {
  return cacheFile(file, compileStamp(file, 'publish'), source).replace(/\.js$/, ext);
}

/**
 * Keeps what the content check found compiling a post (with COMPILE_OPTIONS and the 'publish'
 * pipeline): the code, which the build's pages then only read (`npm run check` runs just before
 * `next build`), and the check's own findings, so an unchanged post is not compiled again by the
 * next check.
 * @param {string} file absolute path of a post's index.mdx
 * @param {string} source what was compiled
 * @param {string} code the result
 * @param {unknown} findings what the check collected (JSON)
 */
export async function rememberCompiled(file, source, code, findings) {
  await writeCache(publishCacheFile(file, source), code);
  await writeCache(publishCacheFile(file, source, '.check.json'), JSON.stringify(findings));
}

/**
 * What rememberCompiled kept for this exact post, or undefined.
 * @param {string} file
 * @param {string} source
 * @returns {Promise<unknown>}
 */
export async function rememberedFindings(file, source) {
  try {
    return JSON.parse(await fs.promises.readFile(publishCacheFile(file, source, '.check.json'), 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}
