export declare const POST_COMPONENTS: string[];
export interface MdxOptions {
  remarkPlugins: (string | [string, unknown])[];
  rehypePlugins: (string | [string, unknown])[];
}
export declare function mdxOptionsFor(mode?: { media?: 'publish' | 'dev' }): MdxOptions;
