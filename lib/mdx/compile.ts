import { compile } from '@mdx-js/mdx';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { ContentProblem } from '../content/errors';
import { COMPILE_OPTIONS, rememberCompiled, rememberedFindings } from './compile-post.mjs';
import { pipeline, withLocation } from './pipeline.mjs';
import { WARNING } from './post-file.mjs';
import { compileProblems } from './problems.mjs';

/**
 * Compiles one post with exactly the pipeline its page uses (images published). Throws the same
 * errors (with file, line and column) that would fail the build.
 */
export async function compilePost(source: string, path: string): Promise<string> {
  try {
    const { remarkPlugins, rehypePlugins } = await pipeline();
    return String(await compile({ value: source, path }, { ...COMPILE_OPTIONS, remarkPlugins, rehypePlugins }));
  } catch (error) {
    throw withLocation(error, path);
  }
}

export interface PostLink {
  href: string;
  line?: number;
  column?: number;
}

export interface PostCheck {
  /** Errors and warnings (sanitised HTML, missing alt text in imported posts…). */
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
  // A post that passed before and has not changed since (nor its images, nor the pipeline), with its warnings.
  const remembered = (await rememberedFindings(path, source)) as PostCheck | undefined;
  if (remembered) return remembered;
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
  let code: string;
  try {
    code = String(await compile(vfile, { ...COMPILE_OPTIONS, remarkPlugins, rehypePlugins: [...rehypePlugins, collect] }));
  } catch (error) {
    return { problems: [...compileProblems(vfile, error, file), ...warningsOf(vfile, file)], ids, links };
  }
  // The collecting plugin only reads the tree, so this is the code the post's page compiles to: kept for the build.
  const result = { problems: warningsOf(vfile, file), ids, links };
  await rememberCompiled(path, source, code, result);
  return result;
}

function warningsOf(vfile: VFile, file: string): ContentProblem[] {
  return vfile.messages
    .filter((m) => m.source === 'blog' && m.ruleId === WARNING)
    .map((m) => ({ file, line: m.line ?? undefined, column: m.column ?? undefined, severity: 'warning' as const, message: m.reason }));
}
