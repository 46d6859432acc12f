const MEASUREMENT_ID = /^G-[A-Z0-9]{4,}$/;

/**
 * The inline script for Google Analytics 4: queues the config at once, and adds gtag.js only after
 * the page's load event, so the third-party request never competes with the page itself.
 */
export function gtagScript(measurementId: string): string {
  if (!MEASUREMENT_ID.test(measurementId)) {
    throw new Error(`site.config.ts: gaMeasurementId must be a GA4 measurement id like "G-ABC123XYZ", got "${measurementId}"`);
  }
  const src = `https://www.googletagmanager.com/gtag/js?id=${measurementId}`;
  return [
    'window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}',
    `gtag('js',new Date());gtag('config','${measurementId}');`,
    `addEventListener('load',function(){var s=document.createElement('script');s.async=true;s.src='${src}';document.head.appendChild(s)});`,
  ].join('');
}
