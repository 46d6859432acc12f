import { ICONS, iconElement, type IconName } from '@/lib/og/icons';
import { pngResponse, renderPng } from '@/lib/og/render';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.values(ICONS).map((icon) => ({ icon: icon.file }));
}

/** PNG renderings of app/icon.svg: out/icons/<file>. */
export async function GET(_request: Request, { params }: { params: Promise<{ icon: string }> }) {
  const file = (await params).icon;
  const name = (Object.keys(ICONS) as IconName[]).find((key) => ICONS[key].file === file)!;
  const { size } = ICONS[name];
  return pngResponse(await renderPng(iconElement(name), { width: size, height: size }, 'app/icon.svg'));
}
