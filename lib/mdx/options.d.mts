export declare const POST_COMPONENTS: string[];
export interface MdxOptions {
  remarkPlugins: (string | [string, unknown])[];
  rehypePlugins: (string | [string, unknown])[];
}
export declare function mdxOptionsFor(mode?: { inlineMedia?: boolean }): MdxOptions;
export declare const mdxOptions: MdxOptions;
