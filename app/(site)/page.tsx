import { HomePage } from '@/components/site/HomePage';
import { JsonLd } from '@/components/site/JsonLd';
import { websiteJsonLd } from '@/lib/structured-data';

export default function Home() {
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <HomePage page={1} />
    </>
  );
}
