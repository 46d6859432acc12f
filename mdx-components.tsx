import type { MDXComponents } from 'mdx/types';

// Components every post can use without importing them.
const components: MDXComponents = {};

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
