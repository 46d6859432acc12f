import nodePath from 'node:path';
import { compile } from '@mdx-js/mdx';
import type { Element, Root } from 'hast';
import type { PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { ContentProblem } from '../content/errors';
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

function pipeline() {
  resolved ??= Promise.all([
    resolvePlugins(mdxOptions.remarkPlugins as PluginSpec[]),
    resolvePlugins(mdxOptions.rehypePlugins as PluginSpec[]),
  ]).then(([remarkPlugins, rehypePlugins]) => ({ remarkPlugins, rehypePlugins }));
  return resolved;
}

/**
 * Compiles one post with exactly the pipeline `next build` uses, without bundling it. Throws the
 * same errors (with file, line and column) that would fail the build.
 */
export async function compilePost(source: string, path: string): Promise<string> {
  try {
    const { remarkPlugins, rehypePlugins } = await pipeline();
    return String(await compile({ value: source, path }, { remarkPlugins, rehypePlugins, providerImportSource: 'next-mdx-import-source-file' }));
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

export interface PostLink {
  href: string;
  line?: number;
  column?: number;
}

export interface PostCheck {
  problems: ContentProblem[];
  /** Every element id in the rendered body (headings, footnotes), for anchor checks. */
  ids: string[];
  /** Every link in the body. */
  links: PostLink[];
}

/**
 * Compiles a post the way the build does and returns every problem one by one (instead of the
 * build's single failure), plus the ids and links of the body for cross-post checks.
 */
export async function checkPost(source: string, path: string, file: string): Promise<PostCheck> {
  const ids: string[] = [];
  const links: PostLink[] = [];
  const collect = () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.push(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        links.push({ href: node.properties.href, line: node.position?.start.line, column: node.position?.start.column });
      }
    });
  };
  const vfile = new VFile({ value: source, path });
  const { remarkPlugins, rehypePlugins } = await pipeline();
  try {
    await compile(vfile, { remarkPlugins, rehypePlugins: [...rehypePlugins, collect], providerImportSource: 'next-mdx-import-source-file' });
    return { problems: [], ids, links };
  } catch (error) {
    const own = vfile.messages.filter((m) => m.source === 'blog' && m.ruleId !== 'summary' && m.ruleId !== 'math');
    const math = vfile.messages.filter((m) => m.source === 'rehype-katex');
    type Reported = { reason?: string; message?: string; line?: number | null; column?: number | null; source?: string | null; cause?: unknown };
    const reported: Reported[] = own.length + math.length > 0 ? [...own, ...math] : [error as Reported];
    const problems = reported.map((m) => ({
      file,
      line: m.line ?? undefined,
      column: m.column ?? undefined,
      message: m.source === 'rehype-katex' ? `invalid math (KaTeX): ${(m.cause as Error | undefined)?.message ?? m.reason}` : (m.reason ?? String(m.message)),
    }));
    return { problems, ids, links };
  }
}
