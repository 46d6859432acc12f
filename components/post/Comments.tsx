'use client';

import { useEffect, useRef, useState } from 'react';
import type { GiscusConfig } from '@/site.config';

/**
 * giscus comments behind a button: giscus.app (and through it GitHub) is only contacted after the
 * reader asks for the comments, so a page view alone sends nothing to a third party.
 */
export function Comments({ config, lang }: { config: GiscusConfig; lang: string }) {
  const [shown, setShown] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!shown || !container.current) return;
    const script = document.createElement('script');
    script.src = 'https://giscus.app/client.js';
    script.async = true;
    script.crossOrigin = 'anonymous';
    const data: Record<string, string> = {
      repo: config.repo,
      repoId: config.repoId,
      category: config.category,
      categoryId: config.categoryId,
      mapping: 'pathname',
      reactionsEnabled: '1',
      emitMetadata: '0',
      inputPosition: 'bottom',
      theme: 'preferred_color_scheme',
      lang,
    };
    Object.assign(script.dataset, data);
    container.current.append(script);
  }, [shown, config, lang]);

  return (
    <section className="comments" aria-label="Comments">
      {shown ? (
        <div ref={container} className="giscus" />
      ) : (
        <button type="button" className="comments__button" onClick={() => setShown(true)}>
          Show comments
        </button>
      )}
    </section>
  );
}
