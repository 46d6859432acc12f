import createMDX from '@next/mdx';
import { mdxOptions } from './lib/mdx/options.mjs';

const withMDX = createMDX({ options: mdxOptions });

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  experimental: { globalNotFound: true },
};

export default withMDX(nextConfig);
