import type { MDXComponents } from 'mdx/types';
import { Embed } from '@/components/mdx/Embed';
import { Figure } from '@/components/mdx/Figure';
import { Link } from '@/components/mdx/Link';
import { Paper } from '@/components/mdx/Paper';
import { Tweet } from '@/components/mdx/Tweet';
import { YouTube } from '@/components/mdx/YouTube';

// Components every post can use without importing them; `a` renders Markdown links.
const components: MDXComponents = { a: Link, Embed, Figure, Paper, Tweet, YouTube };

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
