// The build's disk caches (.cache/<name>/): entries addressed by a key that covers everything the
// value depends on. CI systems restore .cache/ from earlier runs, disks fill up and copies get cut,
// so an entry is trusted only when it proves itself whole: each file starts with a header line that
// names this format and the payload's length and sha256. A truncated, garbled or foreign entry is a
// miss (recomputed and replaced, with one notice per cache and process), never a crash, and never
// changes what is published. Hits refresh the file's mtime, so `pruneCaches` can drop what no build
// has used for a while.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { replaceFile } from './replace-file.mjs';

/** Every build cache lives below this folder (gitignored; safe to delete at any time). */
export const CACHE_ROOT = path.join(process.cwd(), '.cache');

/** Entries no build has read or written for this long are deleted by `pruneCaches`. */
export const PRUNE_AFTER_DAYS = 30;

const FORMAT = 'hg-cache-1';

/** @param {Buffer} payload */
function header(payload) {
  return `${FORMAT} ${payload.length} ${createHash('sha256').update(payload).digest('hex')}\n`;
}

/**
 * The payload of an entry's bytes, or undefined when they are not a whole entry of this format.
 * @param {Buffer} bytes
 * @returns {Buffer | undefined}
 */
export function unwrapEntry(bytes) {
  const end = bytes.indexOf(10);
  if (end < 0) return undefined;
  const [format, length, hash] = bytes.subarray(0, end).toString('latin1').split(' ');
  const payload = bytes.subarray(end + 1);
  if (format !== FORMAT || Number(length) !== payload.length) return undefined;
  return createHash('sha256').update(payload).digest('hex') === hash ? payload : undefined;
}

/** @type {Set<string>} */
const noticed = new Set();

/** @param {string} dir @param {string} file @param {string} why */
function noticeMiss(dir, file, why) {
  if (noticed.has(dir)) return;
  noticed.add(dir);
  console.warn(
    `cache: ignored ${why} entry ${path.relative(process.cwd(), file)}; recomputing (further ones in ${path.relative(process.cwd(), dir)}/ silently)`,
  );
}

/**
 * The payload of the entry in `file`, or undefined when there is none or it is damaged (then
 * deleted, with a notice). A hit refreshes the file's mtime for `pruneCaches`. Synchronous: an
 * entry is one file read whole, and callers such as the image encoder look entries up in loops.
 * @param {string} file
 * @returns {Buffer | undefined}
 */
export function readEntrySync(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') noticeMiss(path.dirname(file), file, 'an unreadable');
    return undefined;
  }
  const payload = unwrapEntry(bytes);
  if (payload === undefined) {
    noticeMiss(path.dirname(file), file, 'a damaged or foreign');
    fs.rmSync(file, { force: true });
    return undefined;
  }
  try {
    fs.utimesSync(file, new Date(), new Date());
  } catch {
    // a read-only cache still serves its entries
  }
  return payload;
}

/**
 * Stores `payload` in `file` as a verified entry. Builds run in parallel processes: the entry is
 * written aside, then renamed, so no reader ever sees half a file.
 * @param {string} file @param {Buffer | string} payload
 */
export function writeEntrySync(file, payload) {
  const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  replaceFile(file, Buffer.concat([Buffer.from(header(bytes)), bytes]));
}

/**
 * A cache folder. `decode` turns a verified payload into the value; if it throws, the entry is a
 * miss like a damaged one.
 * @template T
 * @param {string} dir absolute folder, usually path.join(CACHE_ROOT, name)
 * @param {{ ext: string, encode: (value: T) => Buffer | string, decode: (payload: Buffer) => T }} codec
 */
export function diskCache(dir, { ext, encode, decode }) {
  /** @param {string} key */
  const fileOf = (key) => path.join(dir, `${key}${ext}`);

  /**
   * Synchronous, like the entry reads below it: the post list (lib/content/snapshot.ts) is built synchronously.
   * @param {string} key
   * @returns {T | undefined}
   */
  function read(key) {
    const payload = readEntrySync(fileOf(key));
    if (payload === undefined) return undefined;
    try {
      return decode(payload);
    } catch {
      noticeMiss(dir, fileOf(key), 'a damaged or foreign');
      fs.rmSync(fileOf(key), { force: true });
      return undefined;
    }
  }

  /**
   * Stores a value (writeEntrySync).
   * @param {string} key
   * @param {T} value
   */
  function write(key, value) {
    writeEntrySync(fileOf(key), encode(value));
  }

  /**
   * The cached value for `key`, else `compute()`'s, stored for the next build.
   * @param {string} key
   * @param {() => Promise<T>} compute
   * @returns {Promise<T>}
   */
  async function getOrCompute(key, compute) {
    const hit = read(key);
    if (hit !== undefined) return hit;
    const value = await compute();
    write(key, value);
    return value;
  }

  return { dir, fileOf, read, write, getOrCompute };
}

/** Codecs for the common kinds of value. */
export const TEXT = { encode: (/** @type {string} */ value) => value, decode: (/** @type {Buffer} */ payload) => payload.toString('utf8') };
export const BYTES = { encode: (/** @type {Buffer} */ value) => value, decode: (/** @type {Buffer} */ payload) => payload };
export const JSON_VALUE = {
  encode: (/** @type {unknown} */ value) => JSON.stringify(value),
  decode: (/** @type {Buffer} */ payload) => JSON.parse(payload.toString('utf8')),
};

/**
 * Deletes cache entries that no build has used for `days` days, and temporary files left by a
 * process that died mid-write. Returns how many files were removed. `skip`: folders below `root`
 * that keep themselves to what the last build used (their files' times say nothing of their use).
 * @param {{ root?: string, days?: number, now?: number, skip?: string[] }} [options]
 */
export function pruneCaches({ root = CACHE_ROOT, days = PRUNE_AFTER_DAYS, now = Date.now(), skip = [] } = {}) {
  if (!fs.existsSync(root)) return 0;
  const entryCutoff = now - days * 86_400_000;
  const partialCutoff = now - 3_600_000;
  let removed = 0;
  for (const name of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (skip.some((folder) => name === folder || name.startsWith(`${folder}${path.sep}`))) continue;
    const file = path.join(root, name);
    const stat = fs.lstatSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    if (stat.mtimeMs < (file.endsWith('.tmp') ? partialCutoff : entryCutoff)) {
      fs.rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
