// The footnote labels the MDX compile writes into a Japanese post (remark-rehype writes English
// ones into every post). Plain .mjs: the compile runs in plain Node, which cannot load index.ts.
export const FOOTNOTE_LABELS_JA = { footnotes: '脚注', backToReference: '本文の参照箇所に戻る' };
