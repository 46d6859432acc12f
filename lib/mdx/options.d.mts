export declare const POST_COMPONENTS: string[];
export declare const mdxOptions: {
  remarkPlugins: (string | [string, unknown])[];
  rehypePlugins: (string | [string, unknown])[];
};
