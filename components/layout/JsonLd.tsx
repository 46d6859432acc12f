import { jsonLdScript } from '@/lib/content/papers';

/** schema.org data for search engines, one `<script type="application/ld+json">`. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />;
}
