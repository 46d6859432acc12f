import { HomePage } from '@/components/site/HomePage';

export default function Home() {
  return <HomePage page={1} />;
}
