// Next's rules (React, hooks, accessibility, Core Web Vitals) plus its TypeScript rules; formatting
// is Prettier's (eslint-config-prettier turns off the rules it would fight).
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

const config = [
  { ignores: ['.next/', 'out/', '.cache/', '.bench/', 'test-results/', 'playwright-report/', 'next-env.d.ts', 'tests/fixtures/'] },
  ...nextVitals,
  ...nextTypeScript,
  prettier,
  {
    rules: {
      // A static export read as plain pages: links are <a> so a page needs no client router (post
      // pages ship only small islands), and images are the build's own <picture> variants (sharp,
      // lib/images/), which next/image cannot serve from out/.
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-img-element': 'off',
      // The App Router's root layout writes <head> itself; the rule is for the pages/ router.
      '@next/next/no-head-element': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];

export default config;
