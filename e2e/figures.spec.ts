import { expect, test, type Page } from '@playwright/test';

// Figures are inline SVG (lib/mdx/inline-svg.mjs, components/mdx/Figure.tsx): legible on a phone,
// in the theme's colours. Both reviews, every figure, every piece of text in them.
const REVIEWS = [
  { slug: 'deep_learning_2022', figures: 8 },
  { slug: 'deep_learning_2023', figures: 18 },
];
const MIN_TEXT_PX = 12;
const MIN_CONTRAST = 4.5;

/** Every text run inside the page's SVG figures, with the size it is drawn at in CSS pixels. */
function renderedTextSizes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.prose figure .figure__frame > svg')].flatMap((svg, figure) => {
      const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
      return [...svg.querySelectorAll('text, tspan')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
        .map((el) => ({ figure, text: el.textContent!.trim().slice(0, 40), px: Number.parseFloat(getComputedStyle(el).fontSize) * scale }));
    }),
  );
}

for (const { slug, figures } of REVIEWS) {
  test(`${slug}: at a 360 px viewport no text in a figure renders below ${MIN_TEXT_PX} px, and wide figures scroll with a hint`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${slug}/`);
    await expect(page.locator('.prose figure .figure__frame > svg')).toHaveCount(figures);
    const sizes = await renderedTextSizes(page);
    expect(new Set(sizes.map((s) => s.figure)).size, 'every figure has text').toBe(figures);
    const small = sizes.filter((s) => s.px < MIN_TEXT_PX - 0.01).map((s) => `figure ${s.figure + 1} "${s.text}": ${s.px.toFixed(1)} px`);
    expect(small).toEqual([]);
    // The page itself never scrolls sideways: a figure wider than the column scrolls inside its frame, which says so.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const figure of await page.locator('.prose figure:has(.figure__frame)').all()) {
      const overflows = await figure.locator('.figure__frame').evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      if (!overflows) continue;
      await expect(figure.locator('.figure__frame')).toHaveAttribute('tabindex', '0');
      await figure.scrollIntoViewIfNeeded();
      await expect(figure.locator('.figure__hint')).toBeVisible();
      expect(await figure.locator('.figure__hint').evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/Scroll sideways/);
    }
  });

  for (const theme of ['dark', 'light'] as const) {
    test(`${slug}: in the ${theme} theme every figure text has contrast ≥ ${MIN_CONTRAST}:1 against what is drawn behind it`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width: 1280, height: 900 });
      // The theme as the toggle pins it, against the opposite OS setting.
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
      await page.goto(`/${slug}/`);
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      const frames = page.locator('.prose figure .figure__frame');
      await expect(frames).toHaveCount(figures);
      // No hint on a desktop: every figure fits the column.
      await expect(page.locator('.figure__hint:visible')).toHaveCount(0);
      const failures: string[] = [];
      let checked = 0;
      for (let i = 0; i < figures; i++) {
        await frames.nth(i).scrollIntoViewIfNeeded();
        const results = await frames.nth(i).evaluate(contrastOfTexts);
        checked += results.length;
        for (const r of results) if (r.ratio < MIN_CONTRAST) failures.push(`figure ${i + 1} "${r.text}": ${r.ratio.toFixed(2)}:1 (${r.fg} on ${r.bg})`);
      }
      expect(checked).toBeGreaterThan(figures * 3);
      expect(failures).toEqual([]);
    });
  }
}

test('figures follow the theme: the dark rendering is a dark drawing, not a light card', async ({ page }) => {
  await page.goto('/deep_learning_2023/');
  const card = page.locator('.prose figure .figure__frame > svg > rect').first();
  const fill = () => card.evaluate((el) => getComputedStyle(el).fill);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  const light = await fill();
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  const dark = await fill();
  const luminance = (rgb: string) =>
    rgb
      .match(/\d+/g)!
      .slice(0, 3)
      .reduce((sum, v) => sum + Number(v), 0) / 3;
  expect(luminance(light)).toBeGreaterThan(200);
  expect(luminance(dark)).toBeLessThan(50);
});

test('equations inside figures are set in the math fonts of the body (KaTeX)', async ({ page }) => {
  await page.goto('/deep_learning_2023/');
  const math = page.locator('.prose figure svg .math, .prose figure svg .math-var');
  expect(await math.count()).toBeGreaterThan(5);
  for (const family of await math.evaluateAll((els) => els.map((el) => getComputedStyle(el).fontFamily))) expect(family).toMatch(/^KaTeX_(Main|Math)/);
});

/**
 * For each text run in a figure frame: its fill colour and the colour painted beneath its centre
 * (the shapes under it, blended by their opacity, down to the page), and their WCAG contrast.
 * Runs in the page; a gradient counts as each of its stops.
 */
function contrastOfTexts(frame: Element) {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba | undefined => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return undefined;
    const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1) as Rgba;
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const opacity = (el: Element) => {
    let o = 1;
    for (let e: Element | null = el; e && e !== frame; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  /** The colours an element paints with its fill (several for a gradient), with its opacity; none when it paints no fill. */
  const fills = (el: Element): Rgba[] => {
    const style = getComputedStyle(el);
    const alpha = Number(style.fillOpacity) * opacity(el);
    const gradient = style.fill.match(/url\("?#([^")]+)"?\)/);
    const colours = gradient
      ? [...(frame.querySelector(`[id="${gradient[1]}"]`)?.querySelectorAll('stop') ?? [])].map((stop) => parse(getComputedStyle(stop).stopColor))
      : [parse(style.fill)];
    return colours.filter((c): c is Rgba => c !== undefined && c[3] > 0).map((c) => [c[0], c[1], c[2], c[3] * alpha] as Rgba);
  };
  // What the frame sits on: the first ancestor with a background.
  let page: Rgba = [255, 255, 255, 1];
  for (let e: Element | null = frame; e; e = e.parentElement) {
    const bg = parse(getComputedStyle(e).backgroundColor);
    if (bg && bg[3] > 0) {
      page = [bg[0], bg[1], bg[2], 1];
      break;
    }
  }
  const shapes = new Set(['rect', 'circle', 'ellipse', 'path', 'polygon']);
  const texts = [...frame.querySelectorAll('text, tspan')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
  );
  return texts.map((text) => {
    const box = text.getBoundingClientRect();
    const stack = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    const below = stack.slice(stack.indexOf(text.closest('text')!) + 1).filter((el) => frame.contains(el) && shapes.has(el.tagName));
    // Paint from the bottom up; each gradient stop is a possible background.
    let backgrounds: Rgba[] = [page];
    for (const el of below.reverse()) {
      const layer = fills(el);
      if (layer.length) backgrounds = layer.flatMap((c) => backgrounds.map((b) => over(c, b)));
    }
    const own = parse(getComputedStyle(text).fill)!;
    const results = backgrounds.map((bg) => ({
      bg,
      fg: over([own[0], own[1], own[2], own[3] * Number(getComputedStyle(text).fillOpacity) * opacity(text)], bg),
    }));
    const worst = results.reduce((a, b) => (ratio(a.fg, a.bg) <= ratio(b.fg, b.bg) ? a : b));
    return {
      text: text.textContent!.trim().slice(0, 40),
      ratio: ratio(worst.fg, worst.bg),
      fg: `rgb(${worst.fg.slice(0, 3).map(Math.round)})`,
      bg: `rgb(${worst.bg.slice(0, 3).map(Math.round)})`,
    };
  });
}
