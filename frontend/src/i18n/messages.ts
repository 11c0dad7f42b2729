// The texts live in one file per area and language (`nl/partners.json` holds everything
// under `partners.`), so screens for different areas never edit the same file.
type Messages = Record<string, unknown>;

function byArea(files: Record<string, Messages>): Messages {
  return Object.fromEntries(
    Object.entries(files).map(([path, messages]) => [
      path.slice(path.lastIndexOf('/') + 1, -'.json'.length),
      messages,
    ]),
  );
}

export const nl = byArea(
  import.meta.glob<Messages>('./nl/*.json', { eager: true, import: 'default' }),
);
export const en = byArea(
  import.meta.glob<Messages>('./en/*.json', { eager: true, import: 'default' }),
);
