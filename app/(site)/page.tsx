import { HomePage } from '@/components/lists/HomePage';
import { JsonLd } from '@/components/layout/JsonLd';
import { websiteJsonLd } from '@/lib/seo/structured-data';

export default function Home() {
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <HomePage page={1} />
    </>
  );
}
