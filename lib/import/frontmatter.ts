// Maps the frontmatter of a Gatsby or Astro post to ours (lib/content/schema.ts). Pure.
import { ISO_DATE } from '../content/patterns.mjs';
import { LANGS, type Lang } from '../content/schema';

export interface MappedFrontmatter {
  /** Our fields, in the order they are written. featuredImage is still the source's path (see plan.ts). */
  fields: Record<string, unknown>;
  /** The post's slug: its `slug` field when it has one, else the old folder name. */
  slug: string;
  /** What was converted, one line each, for the report. */
  converted: string[];
  /** Fields we have no use for, with their values: left out of the post, listed in the report. */
  unknown: { field: string; value: string }[];
  /** Why the post cannot be imported (a missing title or date). */
  errors: string[];
}

// Other blogs' names for our fields, first match wins. Gatsby (gatsby-starter-blog) uses ours; Astro's blog template uses pubDate/updatedDate/heroImage.
const ALIASES: Record<string, string[]> = {
  title: ['title'],
  date: ['date', 'pubDate', 'publishDate', 'published', 'created'],
  updated: ['updated', 'updatedDate', 'lastmod', 'modified', 'updatedAt'],
  description: ['description', 'excerpt', 'summary', 'spoiler'],
  featuredImage: ['featuredImage', 'heroImage', 'image', 'cover', 'thumbnail', 'ogImage'],
  authors: ['authors', 'author'],
  series: ['series'],
  canonicalUrl: ['canonicalUrl', 'canonical', 'canonical_url', 'canonicalURL'],
  source: ['source'],
  license: ['license'],
  translations: ['translations'],
};
/** Read for what they say, but not written as fields of their own. */
const CONSUMED = ['slug', 'tags', 'categories', 'lang', 'language', 'locale', 'draft', 'imported'];

export function mapFrontmatter(data: Record<string, unknown>, oldSlug: string): MappedFrontmatter {
  const fields: Record<string, unknown> = {};
  const converted: string[] = [];
  const errors: string[] = [];
  const used = new Set(CONSUMED);
  const take = (ours: string): unknown => {
    for (const name of ALIASES[ours]) {
      if (data[name] === undefined || data[name] === null) continue;
      used.add(name);
      if (name !== ours) converted.push(`${name} → ${ours}`);
      return data[name];
    }
    return undefined;
  };

  const title = take('title');
  if (typeof title === 'string' && title.trim()) fields.title = title.trim();
  else errors.push('no title in the frontmatter');

  const date = toIsoDate(take('date'), 'date', converted);
  if (date.error) errors.push(date.error);
  else fields.date = date.value;
  const updated = toIsoDate(take('updated'), 'updated', converted);
  if (updated.value) fields.updated = updated.value;
  else if (updated.error) errors.push(updated.error);

  const description = take('description');
  if (typeof description === 'string') fields.description = description;

  const { tags, lang } = tagsAndLang(data, converted);
  fields.tags = tags;
  if (lang) fields.lang = lang;
  const draft = data.draft === true || data.published === false;
  if (data.published === false) {
    used.add('published');
    converted.push('published: false → draft: true');
  }
  if (draft) fields.draft = true;

  const image = take('featuredImage');
  const imagePath =
    typeof image === 'string' ? image : ((image as { src?: unknown; url?: unknown } | undefined)?.src ?? (image as { url?: unknown } | undefined)?.url);
  if (typeof imagePath === 'string' && imagePath.trim()) fields.featuredImage = imagePath.trim();

  const authors = take('authors');
  const names = (Array.isArray(authors) ? authors : authors === undefined ? [] : [authors])
    .map((author) => (typeof author === 'string' ? author : (author as { name?: unknown })?.name))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  if (names.length > 0) fields.authors = names;

  for (const field of ['series', 'canonicalUrl', 'source', 'license', 'translations']) {
    const value = take(field);
    if (value !== undefined) fields[field] = value;
  }

  let slug = oldSlug;
  if (typeof data.slug === 'string' && data.slug.replace(/^\/+|\/+$/g, '') !== oldSlug) {
    slug = data.slug
      .replace(/^\/+|\/+$/g, '')
      .split('/')
      .at(-1)!;
    converted.push(`slug: ${JSON.stringify(data.slug)} → folder ${slug}/`);
  }
  fields.imported = true;

  const unknown = Object.entries(data)
    .filter(([field]) => !used.has(field))
    .map(([field, value]) => ({ field, value: JSON.stringify(value instanceof Date ? value.toISOString() : value) }));
  return { fields, slug, converted, unknown, errors };
}

/** Tags as a list without the language tags (`en`, `ja`), which set `lang` instead; `categories` join the tags. */
function tagsAndLang(data: Record<string, unknown>, converted: string[]): { tags: string[]; lang?: Lang } {
  const list = (value: unknown): string[] =>
    (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).map((tag) => String(tag).trim()).filter(Boolean);
  const categories = list(data.categories);
  if (categories.length > 0) converted.push(`categories → tags (${categories.join(', ')})`);
  const all = [...new Set([...list(data.tags), ...categories])];
  const isLang = (tag: string): tag is Lang => (LANGS as readonly string[]).includes(tag.toLowerCase());
  const langTags = all.filter(isLang);
  const declared = [data.lang, data.language, data.locale].find((value) => typeof value === 'string') as string | undefined;
  const fromField = declared?.toLowerCase().split(/[-_]/)[0];
  let lang: Lang | undefined;
  if (fromField && isLang(fromField)) lang = fromField;
  else if (langTags.length > 0) {
    lang = langTags[0].toLowerCase() as Lang;
    converted.push(`tag "${langTags[0]}" → lang: ${lang}`);
  }
  if (declared && !lang) converted.push(`language "${declared}" is not one of ${LANGS.join(', ')}: left at the default`);
  if (langTags.length > 1) converted.push(`language tags ${langTags.map((tag) => `"${tag}"`).join(', ')} removed from tags; lang: ${lang}`);
  else if (langTags.length === 1 && fromField) converted.push(`tag "${langTags[0]}" removed (lang: ${lang})`);
  return { tags: all.filter((tag) => !isLang(tag)), lang };
}

/** An ISO string for a YAML date (a Date object when unquoted) or a date string in any form Date can read. */
function toIsoDate(value: unknown, field: string, converted: string[]): { value?: string; error?: string } {
  if (value === undefined) return field === 'date' ? { error: 'no date in the frontmatter' } : {};
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { value: value.toISOString() };
  if (typeof value === 'string' && ISO_DATE.test(value.trim())) return { value: value.trim() };
  if (typeof value === 'string') {
    // "Jul 08 2022" (Astro's template): read as a UTC day, like ISO dates without a time.
    const parsed = new Date(`${value.trim()} UTC`);
    const time = Number.isNaN(parsed.getTime()) ? new Date(value.trim()) : parsed;
    if (!Number.isNaN(time.getTime())) {
      converted.push(`${field} "${value}" → ${time.toISOString()}`);
      return { value: time.toISOString() };
    }
  }
  return { error: `${field} ${JSON.stringify(value)} is not a date` };
}
