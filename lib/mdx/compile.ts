import nodePath from 'node:path';
import { compile } from '@mdx-js/mdx';
import type { PluggableList } from 'unified';
import { mdxOptions } from './options.mjs';

type PluginSpec = string | [string, unknown];

async function resolvePlugins(specs: PluginSpec[]): Promise<PluggableList> {
  return Promise.all(
    specs.map(async (spec) => {
      const [name, options] = Array.isArray(spec) ? spec : [spec, undefined];
      const plugin = (await import(name)).default;
      return options === undefined ? plugin : [plugin, options];
    }),
  ) as Promise<PluggableList>;
}

let resolved: Promise<{ remarkPlugins: PluggableList; rehypePlugins: PluggableList }> | undefined;

/**
 * Compiles one post with exactly the pipeline `next build` uses, without bundling it. Throws the
 * same errors (with file, line and column) that would fail the build.
 */
export async function compilePost(source: string, path: string): Promise<string> {
  resolved ??= Promise.all([
    resolvePlugins(mdxOptions.remarkPlugins as PluginSpec[]),
    resolvePlugins(mdxOptions.rehypePlugins as PluginSpec[]),
  ]).then(([remarkPlugins, rehypePlugins]) => ({ remarkPlugins, rehypePlugins }));
  try {
    const file = await compile({ value: source, path }, { ...(await resolved), providerImportSource: 'next-mdx-import-source-file' });
    return String(file);
  } catch (error) {
    throw withLocation(error, path);
  }
}

/** Prefixes MDX parse errors with `file:line:col` (the pipeline's own errors already carry their lines). */
function withLocation(error: unknown, path: string): Error {
  const e = error as { reason?: string; line?: number; column?: number; message?: string; ruleId?: string };
  if (e.ruleId === 'summary' || e.line === undefined || e.line === null) return error as Error;
  const where = `${nodePath.relative(process.cwd(), path)}:${e.line}:${e.column ?? 1}`;
  return new Error(`${where}  ${e.reason ?? e.message}`, { cause: error });
}
