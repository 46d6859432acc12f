// What a cache entry built from a post's folder depends on, cheaply: every file's name, mtime and size.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Changes whenever a file in `dir` or below it (the post's source, an image beside it) is saved,
 * added or removed. '' for a folder that does not exist (a source given without one, in unit tests).
 * @param {string} dir
 * @returns {string}
 */
export function folderStamp(dir) {
  if (!fs.existsSync(dir)) return '';
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      // A file deleted between the listing and its stat (an editor saving) still changes the stamp.
      const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
      return `${name}:${stat?.mtimeMs}:${stat?.size}`;
    })
    .join('|');
}
