/** The author's avatar, drawn for this site (no photo, no request): a figure with glasses on the site's accent colours. */
export function Avatar({ size = 56 }: { size?: number }) {
  return (
    <svg className="avatar" viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="32" className="avatar__bg" />
      <path d="M9 64c2-13 11-20 23-20s21 7 23 20z" className="avatar__shirt" />
      <path d="M27 40h10v6c0 3-10 3-10 0z" className="avatar__skin" />
      <ellipse cx="32" cy="29" rx="11.5" ry="13" className="avatar__skin" />
      <path d="M20 28c-1-10 5-16 12.5-16S45 17 44 28c-1.5-5-5-8.5-9-9.5-2 2.5-7 4-12 4-1.5 1.5-2.5 3.5-3 5.5z" className="avatar__hair" />
      <g className="avatar__line" fill="none" strokeWidth="1.6">
        <circle cx="27" cy="30" r="3.8" />
        <circle cx="37" cy="30" r="3.8" />
        <path d="M30.8 30h2.4M29 36.5c2 1.3 4 1.3 6 0" strokeLinecap="round" />
      </g>
    </svg>
  );
}
