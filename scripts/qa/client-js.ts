import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface JsBytes {
  raw: number;
  gzip: number;
  chunks: string[];
}

/** Client modules of the React/Next runtime; every other client module is ours (including libraries our islands import). */
const FRAMEWORK_MODULE = /\/node_modules\/(?:next|react|react-dom|scheduler|@swc\/helpers)\//;

interface ClientManifest {
  clientModules: Record<string, { id: number | string; chunks: string[] }>;
}

/** Reads the client reference manifest Next writes for a route, e.g. `[slug]/page`. */
export function readClientManifest(nextDir: string, route: string): ClientManifest {
  const file = path.join(nextDir, 'server', 'app', `${route}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) throw new Error(`${file} not found: build the site with \`next build\` first`);
  // The file is `globalThis.__RSC_MANIFEST["/route"] = {json};`: read the JSON rather than run it.
  const json = /__RSC_MANIFEST\["[^"]*"\]\s*=\s*(\{[\s\S]*\});?\s*$/.exec(fs.readFileSync(file, 'utf8'))?.[1];
  if (!json) throw new Error(`${file}: unexpected format (not a client reference manifest)`);
  return JSON.parse(json) as ClientManifest;
}

/** Whether a Turbopack chunk registers the module with this id (`push([script, id, factory, id, factory…])`). */
function chunkDefines(code: string, id: number | string): boolean {
  return new RegExp(`[\\[,]${id},(?:\\(?[\\w$,]*\\)?=>|function\\b)`).test(code);
}

/**
 * The JS a page loads, split into the React/Next runtime and our own client code. A chunk is ours
 * when it defines one of our client modules (a mixed chunk counts as ours, so the budget errs on
 * the strict side). The `nomodule` polyfill chunk is left out: modern browsers do not fetch it.
 */
export function clientJsOnPage(siteDir: string, page: string, manifest: ClientManifest): { framework: JsBytes; ours: JsBytes } {
  const html = fs.readFileSync(path.join(siteDir, page), 'utf8');
  const noModule = new Set([...html.matchAll(/<script src="\/_next\/(static\/chunks\/[\w.-]+\.js)"[^>]*noModule/g)].map((m) => m[1]));
  const chunks = [...new Set([...html.matchAll(/static\/chunks\/[\w.-]+\.js/g)].map((m) => m[0]))].filter((chunk) => !noModule.has(chunk));
  const code = new Map(chunks.map((chunk) => [chunk, fs.readFileSync(path.join(siteDir, '_next', chunk), 'utf8')]));

  const ourChunks = new Set<string>();
  for (const [name, entry] of Object.entries(manifest.clientModules)) {
    if (FRAMEWORK_MODULE.test(name)) continue;
    const onPage = entry.chunks.map((chunk) => chunk.replace(/^\/_next\//, '')).filter((chunk) => code.has(chunk));
    if (onPage.length === 0) continue; // a client component of this route that this page does not use
    const home = onPage.filter((chunk) => chunkDefines(code.get(chunk)!, entry.id));
    if (home.length === 0) throw new Error(`cannot find client module ${name} (id ${entry.id}) in its chunks ${onPage.join(', ')}`);
    home.forEach((chunk) => ourChunks.add(chunk));
  }

  const total = (list: string[]): JsBytes => ({
    raw: list.reduce((sum, chunk) => sum + Buffer.byteLength(code.get(chunk)!), 0),
    gzip: list.reduce((sum, chunk) => sum + zlib.gzipSync(code.get(chunk)!).length, 0),
    chunks: list,
  });
  return { framework: total(chunks.filter((chunk) => !ourChunks.has(chunk))), ours: total([...ourChunks]) };
}
