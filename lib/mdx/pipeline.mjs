// The plugins of lib/mdx/options.mjs as functions, for compiling posts (pages, content checks, tests).
import path from 'node:path';
import { mdxOptionsFor } from './options.mjs';

/** @param {(string | [string, unknown])[]} specs */
function resolvePlugins(specs) {
  return Promise.all(
    specs.map(async (spec) => {
      const [name, options] = Array.isArray(spec) ? spec : [spec, undefined];
      const plugin = (await import(name)).default;
      return options === undefined ? plugin : [plugin, options];
    }),
  );
}

const resolved = new Map();

/**
 * Resolved once per process and mode (loading the plugins, KaTeX and Shiki takes a while).
 * @param {{ media?: 'publish' | 'dev' }} mode see mdxOptionsFor
 * @returns {Promise<{ remarkPlugins: import('unified').PluggableList, rehypePlugins: import('unified').PluggableList }>}
 */
export function pipeline({ media = 'publish' } = {}) {
  if (!resolved.has(media)) {
    const options = mdxOptionsFor({ media });
    resolved.set(
      media,
      Promise.all([resolvePlugins(options.remarkPlugins), resolvePlugins(options.rehypePlugins)]).then(([remarkPlugins, rehypePlugins]) => ({
        remarkPlugins,
        rehypePlugins,
      })),
    );
  }
  return resolved.get(media);
}

/**
 * Prefixes MDX parse errors with `file:line:col` (the pipeline's own errors already carry their lines).
 * @param {unknown} error
 * @param {string} file
 * @returns {Error}
 */
export function withLocation(error, file) {
  const e = /** @type {{ reason?: string, line?: number | null, column?: number | null, message?: string, ruleId?: string }} */ (error);
  if (e.ruleId === 'summary' || e.line === undefined || e.line === null) return /** @type {Error} */ (error);
  const where = `${path.relative(process.cwd(), file)}:${e.line}:${e.column ?? 1}`;
  return new Error(`${where}  ${e.reason ?? e.message}`, { cause: error });
}
