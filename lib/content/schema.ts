import { z } from 'zod';
import { HTTP_URL, ISO_DATE } from './patterns.mjs';

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * gray-matter turns unquoted YAML dates into Date objects and leaves quoted ones as strings;
 * both are accepted and normalised to an ISO-8601 string in UTC.
 */
const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value.toISOString();
  } else if (ISO_DATE.test(value.trim())) {
    const trimmed = value.trim();
    // A date without a time is a calendar day: pin it to UTC midnight, not local midnight.
    const parsed = new Date(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString();
  }
  ctx.addIssue({ code: 'custom', message: `must be an ISO date like 2023-01-17 or 2023-01-17T22:01:03Z (got ${JSON.stringify(String(value))})` });
  return z.NEVER;
});

const httpUrl = z.string().refine((s) => HTTP_URL.test(s), { message: 'must be an http(s) URL' });

/** Every field a post may set. Unknown fields are rejected so typos cannot pass silently. */
export const frontmatterSchema = z.strictObject({
  title: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty'),
  date: isoDate,
  description: z.string().default(''),
  tags: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'tags must not be empty')
        .regex(/[\p{L}\p{N}]/u, 'tags need a letter or digit (they become URLs)'),
    )
    .default([]),
  lang: z.enum(LANGS, { error: `must be one of ${LANGS.join(', ')}` }).default('en'),
  draft: z.boolean({ error: 'must be true or false' }).default(false),
  updated: isoDate.optional(),
  featuredImage: z.string().min(1).optional(),
  authors: z.array(z.string().trim().min(1)).min(1).optional(),
  series: z.string().trim().min(1).optional(),
  canonicalUrl: httpUrl.optional(),
  source: httpUrl.optional(),
  license: z.string().trim().min(1).optional(),
  imported: z.boolean({ error: 'must be true or false' }).default(false),
  /** Slugs of the same post in other languages (pages then link each other with hreflang). */
  translations: z.array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be post slugs (folder names)')).optional(),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;

/** Turns zod's issues into one sentence each, naming the frontmatter field (so its line can be found). */
export function describeIssues(error: z.ZodError, data: Record<string, unknown>): { field?: string; message: string }[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: key,
        message: `unknown frontmatter field "${key}" (allowed: ${Object.keys(frontmatterSchema.shape).join(', ')})`,
      }));
    }
    const field = issue.path.join('.') || '(frontmatter)';
    const top = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    if (issue.path.length === 1 && data[field] === undefined) {
      return [{ message: `frontmatter field "${field}" is required` }];
    }
    return [{ field: top, message: `frontmatter field "${field}" ${issue.message}` }];
  });
}
