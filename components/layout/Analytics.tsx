import { gtagScript } from './gtag-script';

/** Google Analytics, only when site.config.ts sets gaMeasurementId; nothing at all otherwise. */
export function Analytics({ measurementId }: { measurementId: string }) {
  if (!measurementId) return null;
  return <script dangerouslySetInnerHTML={{ __html: gtagScript(measurementId) }} />;
}
