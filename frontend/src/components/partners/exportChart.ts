// Export of the chart as a file: the SVG as it is on screen, made standalone
// (namespace, resolved theme colours), and a PNG drawn from that SVG.

/** Resolves `var(--name)` and `var(--name, fallback)` with the page's values. */
export function resolveCssVariables(markup: string, lookup: (name: string) => string | undefined): string {
  const pattern = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g;
  let result = markup;
  // Values may themselves use variables; a few passes settle them.
  for (let pass = 0; pass < 5 && result.includes('var('); pass++) {
    result = result.replace(pattern, (_match, name: string, fallback: string | undefined) => {
      const value = lookup(name)?.trim();
      if (value) return value;
      return fallback !== undefined ? fallback.trim() : 'currentColor';
    });
  }
  return result;
}

/**
 * Makes serialised SVG markup a file of its own: the SVG namespace, fixed
 * width and height (the viewBox size) so that viewers do not guess, theme
 * variables resolved, and an XML declaration. Quotes in variable values are
 * made safe for the attribute they land in.
 */
export function standaloneSvg(
  markup: string,
  size: { width: number; height: number },
  lookup: (name: string) => string | undefined,
): string {
  const safeLookup = (name: string) => lookup(name)?.replace(/"/g, "'");
  let svg = resolveCssVariables(markup, safeLookup);
  svg = svg.replace(/^<svg\b([^>]*)>/, (_open, attributes: string) => {
    let attrs = attributes
      .replace(/\s(width|height)="[^"]*"/g, '')
      .replace(/\sclass="[^"]*"/, '');
    if (!/\sxmlns="/.test(attrs)) attrs = ` xmlns="http://www.w3.org/2000/svg"${attrs}`;
    return `<svg${attrs} width="${size.width}" height="${size.height}">`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}

/** A file name from a title: lower case, ASCII, dashes. */
export function exportFileName(title: string, extension: 'svg' | 'png'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'partnermatrix'}-partners.${extension}`;
}

/** The page's value of a CSS custom property (for `resolveCssVariables`). */
export function documentVariable(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name);
  return value ? value.trim() : undefined;
}

/** Serialises the on-screen chart into a standalone SVG document. */
export function serialiseChart(svg: SVGSVGElement, size: { width: number; height: number }): string {
  const markup = new XMLSerializer().serializeToString(svg);
  return standaloneSvg(markup, size, documentVariable);
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws standalone SVG onto a canvas (white background) and gives a PNG. */
export async function svgToPng(svgText: string, size: { width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
