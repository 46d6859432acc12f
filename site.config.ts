// Site identity: the one place every page, feed and component reads it from.
export const siteConfig = {
  title: "Hippocampus's Garden",
  tagline: "Under the sea, in the hippocampus's garden...",
  description: 'A blog about deep learning, data science and software, with yearly reviews of the papers that mattered.',
  /** Absolute origin of the deployed site, no trailing slash. */
  url: 'https://hippocampus-garden.com',
  author: {
    name: 'Shion Honda',
    bio: 'Machine learning engineer writing about deep learning papers and the tools around them.',
  },
  social: {
    x: 'shion_honda',
    github: 'shionhonda',
  },
  defaultLang: 'en' as const,
  /**
   * Tag spellings merged into one tag: alias → the tag shown (compared as URL slugs, so case and
   * spaces do not matter). Applied when posts are loaded, so tag pages, counts, feeds and search agree.
   */
  tagAliases: { 機械学習: 'machine-learning' } as Record<string, string>,
  /**
   * Comments through giscus (GitHub Discussions), off by default. To turn them on, fill in the
   * values giscus.app gives for your repository, e.g.
   * { repo: 'owner/blog', repoId: 'R_…', category: 'Comments', categoryId: 'DIC_…' }.
   * Nothing loads until a reader clicks "Show comments".
   */
  comments: undefined as GiscusConfig | undefined,
  /**
   * Google Analytics 4 measurement id ("G-XXXXXXXXXX"). Empty (the default): no analytics script and
   * no request to Google. When set, gtag.js is fetched only after the page has loaded.
   */
  gaMeasurementId: '' as string,
};

export interface GiscusConfig {
  repo: `${string}/${string}`;
  repoId: string;
  category: string;
  categoryId: string;
}
