// The UI side of a post's body: its compiled code (from the content layer) run with this bundle's
// React and mdx-components.tsx, so `next dev` compiles only the post it shows and a saved edit
// shows on the next request.
import type { ComponentType } from 'react';
import * as runtime from 'react/jsx-runtime';
import { useMDXComponents } from '@/mdx-components';
import { compiledPost, runCompiled, type Heading } from '@/lib/content/body';
import type { Post } from '@/lib/content';

export interface PostBody {
  Body: ComponentType;
  headings: Heading[];
}

export async function loadPostBody(post: Post): Promise<PostBody> {
  const { code, headings } = await compiledPost(post);
  const mod = await runCompiled(code, { ...runtime, useMDXComponents });
  return { Body: mod.default as ComponentType, headings };
}
