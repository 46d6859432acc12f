// Compares two exported sites as a reader would see them, ignoring the names that change with
// every build or with the bytes of a file: Next's chunk and buildId names, content-hashed images
// and fonts, pagefind's index chunks and the CSP hashes of inline scripts. Pure: the script
// (scripts/compare-out.ts) reads the folders into maps of POSIX path → bytes.
import crypto from 'node:crypto';

export type SiteFiles = Map<string, Buffer>;

export interface FileDifference {
  /** The normalised path (hashes replaced by `[hash]`, the buildId by `[build-id]`). */
  path: string;
  /** A short line diff (`- ` in A, `+ ` in B), empty for binary files. */
  diff: string[];
}

export interface SiteComparison {
  onlyInA: string[];
  onlyInB: string[];
  differ: FileDifference[];
}

const TEXT_FILE = /(^|\/)_headers$|\.(html?|xml|json|txt|js|mjs|css|svg|webmanifest|map|md)$/;

// Each rule rewrites a hashed name the same way in paths and in the text that points at them.
const HASH_RULES: [RegExp, string][] = [
  // Next's chunks: /_next/static/chunks/0cz1d0mv5g_q7.js, turbopack-077hmtqrhcoji.js
  [/(static\/chunks\/(?:turbopack-)?)[0-9a-z_-]{8,}\.(js|css)\b/g, '$1[hash].$2'],
  // Fonts and other files Next emits: /_next/static/media/KaTeX_Main-Regular.15u8r3b2y7fv4.woff
  [/(static\/media\/[^/"'\s()]+?)\.[0-9a-z_-]{8,}\.([a-z0-9]+)\b/g, '$1.[hash].$2'],
  // Post images and their variants (lib/mdx/media.mjs): plot.3f9a0c12de.png, plot.480.3f9a0c12de.webp
  [/\.[0-9a-f]{10}\.(png|jpe?g|gif|svg|webp|avif)\b/g, '.[hash].$1'],
  // pagefind's index: fragment/en_c2767e5.pf_fragment, pagefind.en_3fedf1a077.pf_meta
  [/([a-z]{2}(?:-[a-z]+)?_)[0-9a-f]{6,}\.(pf_[a-z]+)\b/g, '$1[hash].$2'],
  // CSP hashes of inline scripts, which follow the chunk names they contain
  [/'sha(256|384|512)-[A-Za-z0-9+/]+=*'/g, "'sha$1-[hash]'"],
];

/** Next's buildId: the folder beside chunks/ and media/ under _next/static/. */
export function buildIds(files: Iterable<string>): string[] {
  const ids = new Set<string>();
  for (const file of files) {
    const match = /^_next\/static\/([^/]+)\//.exec(file);
    if (match && !['chunks', 'media', 'css'].includes(match[1])) ids.add(match[1]);
  }
  return [...ids];
}

export function normaliseText(text: string, ids: string[] = []): string {
  let out = text;
  for (const id of ids) out = out.split(id).join('[build-id]');
  for (const [pattern, replacement] of HASH_RULES) out = out.replace(pattern, replacement);
  return out;
}

export function isTextFile(file: string): boolean {
  return TEXT_FILE.test(file);
}

/** Normalised path → the normalised contents of every file that maps to it (several chunks do). */
function normaliseSite(files: SiteFiles): Map<string, string[]> {
  const ids = buildIds(files.keys());
  const groups = new Map<string, string[]>();
  for (const [file, bytes] of files) {
    const key = normaliseText(file, ids);
    const content = isTextFile(file) ? normaliseText(bytes.toString('utf8'), ids) : `binary:${crypto.createHash('sha256').update(bytes).digest('hex')}`;
    groups.set(key, [...(groups.get(key) ?? []), content]);
  }
  for (const contents of groups.values()) contents.sort();
  return groups;
}

// Minified HTML and XML are one long line: break after each tag so a diff shows the change.
function lines(text: string): string[] {
  return text.replace(/>(?=<)/g, '>\n').split('\n');
}

/** The lines between the common start and end of two texts, at most `max` of each side. */
export function lineDiff(a: string, b: string, max = 8): string[] {
  const left = lines(a);
  const right = lines(b);
  let start = 0;
  while (start < left.length && start < right.length && left[start] === right[start]) start++;
  let endA = left.length;
  let endB = right.length;
  while (endA > start && endB > start && left[endA - 1] === right[endB - 1]) {
    endA--;
    endB--;
  }
  const side = (sign: string, part: string[]) => [
    ...part.slice(0, max).map((line) => `${sign} ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`),
    ...(part.length > max ? [`${sign} … ${part.length - max} more line(s)`] : []),
  ];
  return [`@@ line ${start + 1}`, ...side('-', left.slice(start, endA)), ...side('+', right.slice(start, endB))];
}

export function compareSites(a: SiteFiles, b: SiteFiles): SiteComparison {
  const left = normaliseSite(a);
  const right = normaliseSite(b);
  const result: SiteComparison = { onlyInA: [], onlyInB: [], differ: [] };
  for (const [file, contentsA] of left) {
    const contentsB = right.get(file);
    if (!contentsB) {
      result.onlyInA.push(file);
      continue;
    }
    if (contentsA.length === contentsB.length && contentsA.every((content, i) => content === contentsB[i])) continue;
    const single = contentsA.length === 1 && contentsB.length === 1 && !contentsA[0].startsWith('binary:');
    result.differ.push({
      path: contentsA.length === 1 ? file : `${file} (${contentsA.length} files in A, ${contentsB.length} in B)`,
      diff: single ? lineDiff(contentsA[0], contentsB[0]) : [],
    });
  }
  for (const file of right.keys()) if (!left.has(file)) result.onlyInB.push(file);
  for (const list of [result.onlyInA, result.onlyInB]) list.sort();
  result.differ.sort((x, y) => x.path.localeCompare(y.path));
  return result;
}

export function isSame(result: SiteComparison): boolean {
  return result.onlyInA.length + result.onlyInB.length + result.differ.length === 0;
}

export function formatComparison(result: SiteComparison, fileCount: [number, number]): string {
  if (isSame(result)) return `Same site: ${fileCount[0]} and ${fileCount[1]} files, equal apart from hashed names`;
  return [
    ...result.onlyInA.map((file) => `only in A: ${file}`),
    ...result.onlyInB.map((file) => `only in B: ${file}`),
    ...result.differ.flatMap((d) => [`differs: ${d.path}`, ...d.diff.map((line) => `    ${line}`)]),
    '',
    `${result.onlyInA.length} only in A, ${result.onlyInB.length} only in B, ${result.differ.length} differ`,
  ].join('\n');
}
