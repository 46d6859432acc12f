// Whole-file writes for files other processes read or link to: the build's cache entries, the plan
// of the post pages, the pages of out/ post-build edits.
import fs from 'node:fs';

/**
 * Writes `file` by renaming a new file over it: a reader never sees half of it, and other hard links
 * to the old file (a page kept in .cache/rendered/) keep their bytes.
 * @param {string} file
 * @param {string | Buffer} data
 */
export function replaceFile(file, data) {
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, data);
  fs.renameSync(partial, file);
}
