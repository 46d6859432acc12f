// What `npm run import` will write for each post of another blog. Pure: the files it may read are
// found through `locate`, and nothing is written here (see write.ts).
import path from 'node:path';
import matter from 'gray-matter';
import { SLUG } from '../content/load';
import { mapFrontmatter } from './frontmatter';
import { rewriteBody } from './body';
import type { SourceBlog, SourcePost } from './sources';

export interface ImportContext {
  /** Slugs of the posts already in posts/ (links to them stay in-site links). */
  existingSlugs: string[];
  /** Host names of the old site: links to them become in-site links. */
  siteHosts: Set<string>;
  /** The real path of a file that exists inside the imported folder, else undefined. */
  locate: (absolute: string) => string | undefined;
}

export interface PostPlan {
  oldSlug: string;
  slug: string;
  /** The source file (absolute). */
  from: string;
  /** Name of the post file in its folder: index.md or index.mdx. */
  fileName: string;
  content: string;
  /** Files to copy into posts/<slug>/: absolute source → path relative to the post folder. */
  copies: { from: string; to: string }[];
  converted: string[];
  needsAuthor: string[];
  embeds: string[];
  unknown: { field: string; value: string }[];
  deadLinks: { line: number; url: string }[];
  skipped: { file: string; reason: string }[];
  /** Why the post cannot be imported; nothing of it is written. */
  error?: string;
}

export function planImport(blog: SourceBlog, ctx: ImportContext): PostPlan[] {
  const parsed = blog.posts.map((post) => parseSource(post));
  // Old slug → new slug of every post the site will have, for links between them.
  const slugs = new Map<string, string>(ctx.existingSlugs.map((slug) => [slug, slug]));
  for (const { post, mapped } of parsed) if (mapped) slugs.set(post.slug, mapped.slug);
  inferTranslations(parsed);

  // Two imported posts may not share a slug; a post already in posts/ is write.ts's business (unchanged, refused, or --force).
  const taken = new Map<string, string>();
  return parsed.map(({ post, mapped, body, bodyError }) => {
    const plan: PostPlan = {
      oldSlug: post.slug,
      slug: mapped?.slug ?? post.slug,
      from: post.file,
      fileName: `index.${post.format}`,
      content: '',
      copies: post.assets.map((rel) => ({ from: path.join(path.dirname(post.file), rel), to: rel })),
      converted: [...(mapped?.converted ?? [])],
      needsAuthor: [],
      embeds: [],
      unknown: mapped?.unknown ?? [],
      deadLinks: [],
      skipped: post.skipped,
    };
    const errors = [...(bodyError ? [bodyError] : []), ...(mapped?.errors ?? [])];
    if (!SLUG.test(plan.slug)) errors.push(`"${plan.slug}" is not a valid slug (letters, digits, - and _): rename the folder or set slug:`);
    const clash = taken.get(plan.slug.toLowerCase());
    if (clash) errors.push(`slug "${plan.slug}" is already used by ${clash}`);
    if (errors.length > 0 || !mapped) return { ...plan, error: errors.join('; ') };
    taken.set(plan.slug.toLowerCase(), path.relative(blog.boundary, post.file));

    const postDir = path.dirname(post.file);
    const own = new Set(plan.copies.map((copy) => copy.to.split(path.sep).join('/')));
    // An image the post uses from outside its folder is copied in, under a name of its own.
    const place = (url: string, bases: string[]): string | undefined => {
      const clean = decodeURIComponent(url.split(/[?#]/)[0]);
      const candidates = clean.startsWith('/') ? (blog.publicDir ? [path.join(blog.publicDir, clean)] : []) : bases.map((base) => path.join(base, clean));
      for (const candidate of candidates) {
        const real = ctx.locate(candidate);
        if (!real) continue;
        const rel = path.relative(postDir, candidate).split(path.sep).join('/');
        if (!rel.startsWith('..') && own.has(rel)) return rel;
        const existing = plan.copies.find((copy) => copy.from === real);
        if (existing) return existing.to;
        let name = path.basename(real);
        for (let n = 2; own.has(name); n++) name = `${n}-${path.basename(real)}`;
        own.add(name);
        plan.copies.push({ from: real, to: name });
        return name;
      }
      return undefined;
    };

    const fields = { ...mapped.fields };
    if (typeof fields.featuredImage === 'string') {
      // Gatsby's featuredImage is relative to the content root (content/blog/), ours to the post folder.
      const image = fields.featuredImage;
      const placed = place(image, [postDir, post.contentRoot]);
      if (placed) {
        fields.featuredImage = placed;
        if (placed !== image) plan.converted.push(`featuredImage ${image} → ${placed}`);
      } else {
        delete fields.featuredImage;
        plan.needsAuthor.push(`featuredImage ${image} not found: left out`);
      }
    }
    const head = matter.stringify('', fields);
    const rewritten = rewriteBody(body!, {
      format: post.format,
      oldSlug: post.slug,
      slugs,
      siteHosts: ctx.siteHosts,
      hasFile: (rel) => own.has(rel),
      placeImage: (url) => place(url, [postDir]),
      lineOffset: head.split('\n').length - 2,
    });
    plan.converted.push(...rewritten.converted);
    plan.needsAuthor.push(...rewritten.needsAuthor);
    plan.embeds.push(...rewritten.embeds);
    plan.deadLinks.push(...rewritten.deadLinks);
    if (Array.isArray(fields.translations)) {
      fields.translations = fields.translations.map((slug) => slugs.get(String(slug)) ?? slug);
    }
    plan.content = matter.stringify(rewritten.body, fields);
    return plan;
  });
}

type Parsed = { post: SourcePost; mapped?: ReturnType<typeof mapFrontmatter>; body?: string; bodyError?: string };

function parseSource(post: SourcePost): Parsed {
  try {
    const { data, content } = matter(post.source, {});
    return { post, mapped: mapFrontmatter(data, post.slug), body: content };
  } catch (error) {
    const e = error as { reason?: string; message: string; mark?: { line: number } };
    return { post, bodyError: `invalid YAML in frontmatter${e.mark ? ` (line ${e.mark.line + 2})` : ''}: ${e.reason ?? e.message}` };
  }
}

/**
 * Posts named `<x>` and `<x>_<lang>` (or `-<lang>`) in different languages are translations of
 * each other, unless either says otherwise with a `translations` field of its own.
 */
function inferTranslations(parsed: Parsed[]) {
  const bySlug = new Map(parsed.filter((p) => p.mapped).map((p) => [p.post.slug, p.mapped!]));
  for (const [slug, mapped] of bySlug) {
    const match = slug.match(/^(.+)[_-](en|ja)$/);
    const original = match && bySlug.get(match[1]);
    if (!match || !original || original.fields.translations || mapped.fields.translations) continue;
    const lang = (fields: Record<string, unknown>) => fields.lang ?? 'en';
    if (lang(mapped.fields) !== match[2] || lang(original.fields) === match[2]) continue;
    mapped.fields.translations = [match[1]];
    original.fields.translations = [slug];
    mapped.converted.push(`translation of ${match[1]} (inferred from the names): translations: [${match[1]}]`);
    original.converted.push(`translation of ${slug} (inferred from the names): translations: [${slug}]`);
  }
}
