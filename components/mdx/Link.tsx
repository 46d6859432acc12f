import type { ComponentProps } from 'react';
import { publishedUrl } from '@/lib/urls/paths';

/** A Markdown link: authors write site paths ("/deep_learning_2023/#x"), the page needs the basePath in front. */
export function Link({ href, ...props }: ComponentProps<'a'>) {
  return <a {...props} href={href === undefined ? undefined : publishedUrl(href)} />;
}
