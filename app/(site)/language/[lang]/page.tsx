import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/lists/PostList';
import { getLanguages } from '@/lib/content';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { languagePath } from '@/lib/urls/site-pages';
import { siteConfig } from '@/site.config';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLanguages().map(({ lang }) => ({ lang }));
}

type Props = { params: Promise<{ lang: string }> };

const languageFrom = async (params: Props['params']) => {
  const { lang } = await params;
  return getLanguages().find((language) => language.lang === lang);
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = await languageFrom(params);
  if (!language) return {};
  const name = LANGUAGE_NAMES[language.lang].en;
  return pageMetadata({ title: `Posts in ${name}`, description: `Every post of ${siteConfig.title} written in ${name}.`, path: languagePath(language.lang) });
}

export default async function LanguagePage({ params }: Props) {
  const language = await languageFrom(params);
  if (!language) notFound();
  const name = LANGUAGE_NAMES[language.lang];
  return (
    <>
      <h1 className="list-title">
        Posts in {name.en}
        {name.native !== name.en ? <span lang={language.lang}> ({name.native})</span> : null}
      </h1>
      <PostList posts={language.posts} />
    </>
  );
}
