// Realistic raster images for the image benchmark and the image e2e test, made with sharp: a
// screenshot-like PNG (flat UI panels, lines of text, a chart) and a photo-like JPEG (smooth colour
// fields with grain), so encoders meet the content they meet in real posts.
import sharp from 'sharp';

/** A screenshot-like PNG `width` px wide (16:10), varied by `seed`. */
export async function screenshotPng(width: number, seed: number): Promise<Buffer> {
  const height = Math.round((width * 10) / 16);
  const rows: string[] = [];
  const line = Math.max(14, Math.round(width / 90));
  for (let y = line * 5, i = 0; y < height - line * 2; y += line * 1.8, i++) {
    const x = width * 0.28;
    const length = (width * 0.62 * (0.45 + ((seed * 7 + i * 13) % 10) / 18)).toFixed(0);
    rows.push(
      `<text x="${x}" y="${y}" font-family="sans-serif" font-size="${line}" fill="#1f2933">Row ${i} of panel ${seed}: loss ${(1 / (i + 2)).toFixed(4)} tokens ${length}</text>`,
    );
  }
  const bars = Array.from({ length: 12 }, (_, i) => {
    const h = ((seed * 31 + i * 47) % 100) / 100;
    return `<rect x="${width * 0.03 + i * width * 0.018}" y="${height * (0.95 - 0.5 * h)}" width="${width * 0.012}" height="${height * 0.5 * h}" fill="#${['2563eb', 'f97316', '10b981'][i % 3]}"/>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#ffffff"/>
    <rect width="100%" height="${line * 3}" fill="#0b63b6"/>
    <text x="${line}" y="${line * 2}" font-family="sans-serif" font-size="${line * 1.2}" fill="#fff">Dashboard ${seed}</text>
    <rect y="${line * 3}" width="${width * 0.25}" height="${height}" fill="#f4f6f8"/>
    ${bars.join('')}
    ${rows.join('\n')}
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A photo-like JPEG `width` px wide (3:2): soft gradients with film grain, varied by `seed`. */
export async function photoJpeg(width: number, seed: number): Promise<Buffer> {
  const height = Math.round((width * 2) / 3);
  const hue = (seed * 67) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},50%,35%)"/></linearGradient>
    <radialGradient id="sun"><stop offset="0" stop-color="#fff8e0"/><stop offset="1" stop-color="#fff8e0" stop-opacity="0"/></radialGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${width * (0.2 + (seed % 5) / 8)}" cy="${height * 0.3}" r="${height * 0.25}" fill="url(#sun)"/>
    <path d="M0 ${height * 0.7} Q ${width * 0.3} ${height * 0.5} ${width * 0.6} ${height * 0.72} T ${width} ${height * 0.65} V ${height} H 0 Z" fill="hsl(${(hue + 120) % 360},35%,25%)"/>
  </svg>`;
  const grain = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 10 } } })
    .png()
    .toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: grain, blend: 'overlay' }])
    .blur(0.6)
    .jpeg({ quality: 90 })
    .toBuffer();
}
