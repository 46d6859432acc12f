// `next dev` compiles the requested post only, when it is requested, here in plain Node with the
// pipeline of options.mjs. Bundling the posts instead makes Turbopack compile every post on the
// first request (about a minute at 1000 posts). Images become inline data (see inlineMedia).
import fs from 'node:fs';
import path from 'node:path';
import { compile, run } from '@mdx-js/mdx';
import { pipeline, withLocation } from './pipeline.mjs';

export { run };

/** @type {Map<string, { stamp: string, code: Promise<string> }>} */
const compiled = new Map();

/** Changes whenever index.mdx or a file beside it (an image) is saved, added or removed. */
function folderStamp(dir) {
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => {
      const stat = fs.statSync(path.join(dir, name));
      return `${name}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('|');
}

/**
 * The post as the body of an async function for `run` (components come from `useMDXComponents`).
 * Compiled again only after its folder changed.
 * @param {string} file absolute path of a post's index.mdx
 * @returns {Promise<string>}
 */
export function compileForDev(file) {
  const stamp = folderStamp(path.dirname(file));
  const cached = compiled.get(file);
  if (cached?.stamp === stamp) return cached.code;
  const code = compileNow(file);
  compiled.set(file, { stamp, code });
  return code;
}

async function compileNow(file) {
  const { remarkPlugins, rehypePlugins } = await pipeline({ inlineMedia: true });
  try {
    const source = await fs.promises.readFile(file, 'utf8');
    return String(await compile({ value: source, path: file }, { remarkPlugins, rehypePlugins, outputFormat: 'function-body', providerImportSource: '#' }));
  } catch (error) {
    throw withLocation(error, file);
  }
}
