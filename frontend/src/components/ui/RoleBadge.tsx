export function Badge({ children, tone = 'neutral' }: { children: string; tone?: 'neutral' | 'accent' | 'success' | 'muted' }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
