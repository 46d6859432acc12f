// Every Japanese string a reader sees lives in lib/i18n/ (the labels, the formats, the footnote
// labels of the compile). Japanese elsewhere in app/, components/ or lib/ is not UI text: it is
// listed here with the reason, or sits in a comment.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, sourceFiles } from './import-graph';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const NOT_UI = new Map([['lib/mdx/rehype-embeds.mjs', 'reads the date X writes in Japanese link text ("2024年1月17日"): input, not UI']]);
const COMMENT = /^\s*(?:\/\/|\/\*|\*)/;

/** The lines of a source file with Japanese text outside comments. */
function japaneseLines(text: string): string[] {
  return text.split('\n').filter((line) => !COMMENT.test(line) && JAPANESE.test(line.replace(/\s\/\/.*$/, '')));
}

describe('Japanese UI strings', () => {
  it('finds Japanese text in code, not in comments', () => {
    assert.deepEqual(japaneseLines("{post.lang === 'ja' ? '更新: ' : 'Updated '}\n/** 日本語 (title) */\n * 機械学習 stays\nconst a = 1; // 脚注"), [
      "{post.lang === 'ja' ? '更新: ' : 'Updated '}",
    ]);
  });

  it('are all in lib/i18n/', () => {
    const found = ['app', 'components', 'lib']
      .flatMap((folder) => sourceFiles(path.join(ROOT, folder)))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
      .filter((file) => !file.startsWith('lib/i18n/') && !NOT_UI.has(file))
      .flatMap((file) => japaneseLines(fs.readFileSync(path.join(ROOT, file), 'utf8')).map((line) => `${file}: ${line.trim()}`));
    assert.deepEqual(found, []);
  });
});
