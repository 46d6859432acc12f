import type { ReactNode } from 'react';
import type { Post, PostNavigation } from '@/lib/content';
import type { Heading } from '@/lib/content/body';
import { labels } from '@/lib/i18n';
import { AdjacentPosts } from './AdjacentPosts';
import { siteConfig } from '@/site.config';
import { AuthorBio } from './AuthorBio';
import { Comments } from './Comments';
import { PostMeta } from './PostMeta';
import { RelatedPosts } from './RelatedPosts';
import { SearchIndexFields } from '@/components/search/SearchIndexFields';
import { SeriesNav } from './SeriesNav';
import { ShareLinks } from './ShareLinks';
import { TableOfContents } from './TableOfContents';
import { TagList } from '@/components/lists/TagList';
import { TranslationLinks } from './TranslationLinks';

interface Props {
  post: Post;
  headings: Heading[];
  navigation: PostNavigation;
  translations?: Post[];
  children: ReactNode;
}

/** A post page: the article (header, table of contents, body, author block, share links) and what to read next. */
export function PostArticle({ post, headings, navigation: { series, older, newer, related }, translations = [], children }: Props) {
  const t = labels(post.lang);
  const bySiteAuthor = post.authors.length === 1 && post.authors[0] === siteConfig.author.name;
  return (
    <div className="post-layout">
      <article className="post">
        {post.draft ? (
          <p className="draft-banner" role="status">
            {t.draftBanner}
          </p>
        ) : null}
        <header className="post__header">
          {/* The title and the body (below) are what the search index holds; meta, tags and footer are not. */}
          <h1 className="post__title" data-pagefind-body data-pagefind-meta="title">
            {post.title}
          </h1>
          <PostMeta post={post} />
          <TagList tags={post.tags} label={t.tags} />
          <TranslationLinks post={post} translations={translations} />
          <ShareLinks post={post} variant="top" />
          <SearchIndexFields post={post} />
        </header>
        <TableOfContents headings={headings} lang={post.lang} variant="inline" />
        <div className="prose" data-pagefind-body>
          {children}
        </div>
        <footer className="post__footer">
          {post.source ? (
            <p className="attribution">
              {t.adaptedFrom}: <a href={post.source}>{post.source}</a> ({post.authors.join(', ')}
              {post.license ? `, ${post.license}` : ''})
            </p>
          ) : null}
          {/* One author block: the bio when the site's author wrote the post, else the byline alone. */}
          {bySiteAuthor ? (
            <AuthorBio byline={t.writtenBy} lang={post.lang} />
          ) : (
            <p className="author-line">
              {t.writtenBy} <strong>{post.authors.join(', ')}</strong>
            </p>
          )}
          <ShareLinks post={post} variant="footer" />
        </footer>
        {siteConfig.comments ? <Comments config={siteConfig.comments} lang={post.lang} /> : null}
        <SeriesNav post={post} series={series} />
        <AdjacentPosts older={older} newer={newer} lang={post.lang} />
        <RelatedPosts posts={related} lang={post.lang} />
      </article>
      <aside className="post-layout__aside">
        <TableOfContents headings={headings} lang={post.lang} variant="sidebar" />
      </aside>
    </div>
  );
}
