import { siteConfig } from '@/site.config';

export function Footer() {
  return (
    <footer className="site-footer">
      <p>
        {siteConfig.title} © {new Date().getUTCFullYear()}, {siteConfig.author.name}. Built with Next.js.
      </p>
    </footer>
  );
}
