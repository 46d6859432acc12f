// `npm run new -- "Post title" [--lang ja] [--tags a,b] [--slug my_post]`
import path from 'node:path';
import { parseArgs } from 'node:util';
import { POSTS_DIR } from '../lib/content/index';
import { createPost } from '../lib/content/scaffold';
import { LANGS, type Lang } from '../lib/content/schema';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'en' }, tags: { type: 'string', default: '' }, slug: { type: 'string' } },
});

try {
  if (!LANGS.includes(values.lang as Lang)) throw new Error(`--lang must be one of ${LANGS.join(', ')}`);
  const { slug, file } = createPost({
    postsDir: POSTS_DIR,
    title: positionals.join(' '),
    lang: values.lang as Lang,
    tags: values.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    slug: values.slug,
  });
  console.log(`Created ${path.relative(process.cwd(), file)} (draft).`);
  console.log(`Run \`npm run dev\` and open http://localhost:3000/${slug}/`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
