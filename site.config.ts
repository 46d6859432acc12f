// Site identity: the one place every page, feed and component reads it from.
export const siteConfig = {
  title: "Hippocampus's Garden",
  tagline: "Under the sea, in the hippocampus's garden...",
  description:
    "A blog about deep learning, data science and software, with yearly reviews of the papers that mattered.",
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
  defaultLang: 'en',
  /**
   * Google Analytics 4 measurement id ("G-XXXXXXXXXX"). Empty (the default): no analytics script and
   * no request to Google. When set, gtag.js is fetched only after the page has loaded.
   */
  gaMeasurementId: '' as string,
} as const;
