import { useId, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHART_SIZE,
  clipAmbitionLine,
  LABEL_OPTIONS,
  makeScales,
  pathOf,
  placeLabels,
  regionAbove,
  round2,
} from './chart';
import type { Line, Point } from './matrix';
import { formatNumber } from '../../lib/format';
import { currentLocale } from '../../i18n';

export interface ChartPartner {
  id: string;
  name: string;
  influence: number;
  dependency: number;
  sufficient: boolean;
  /** The assessors differ by 3 or more (a dashed ring); null for a caller who does not see the
   * assessments, who gets no ring. */
  disagreement: boolean | null;
  /** Earlier positions, oldest first; the last one is where the partner is. */
  trail: readonly Point[];
  target: Point | null;
}

interface Props {
  partners: readonly ChartPartner[];
  line: Line;
  title: string;
  description: string;
  onSelect?: (id: string) => void;
  /** Symbols the caller never sees on the chart (the assessors' spread, the targets), left out of the legend. */
  unseen?: readonly ('disagreement' | 'target')[];
  ref?: Ref<SVGSVGElement>;
}

// Colours come from theme tokens (tokens.css) through inline styles, so the
// exported file can resolve them (see exportChart.ts).
const C = {
  surface: 'var(--vt-color-surface)',
  text: 'var(--vt-color-text)',
  muted: 'var(--vt-color-text-muted)',
  grid: 'var(--vt-chart-grid)',
  frame: 'var(--vt-chart-frame)',
  area: 'var(--vt-chart-area)',
  areaText: 'var(--vt-chart-area-text)',
  line: 'var(--vt-chart-line)',
  midpoint: 'var(--vt-chart-midpoint)',
  sufficient: 'var(--vt-chart-sufficient)',
  short: 'var(--vt-chart-short)',
  trail: 'var(--vt-chart-trail)',
  target: 'var(--vt-chart-target)',
  font: 'var(--vt-font-family)',
};

const TICKS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const POINT_RADIUS = 7;
const DIAMOND = 8.5;

/** A diamond centred on (x, y): the shape for partners that fall short. */
function diamond(x: number, y: number, r: number): string {
  return `M${round2(x)},${round2(y - r)} L${round2(x + r)},${round2(y)} L${round2(x)},${round2(y + r)} L${round2(x - r)},${round2(y)} Z`;
}

/**
 * The partner matrix as SVG: dependency across, influence up, the ambition
 * line with the sufficient area above it, the midpoint lines, every assessed
 * partner as a labelled point (circle = sufficient, diamond = short), a dashed
 * ring where assessors disagree, its trail and an arrow to its target.
 */
export function PartnerMatrixChart({ partners, line, title, description, onSelect, unseen = [], ref }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rawId = useId();
  const id = `chart-${rawId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const scales = useMemo(() => makeScales(CHART_SIZE), []);
  const { x, y, plot } = scales;
  const segment = clipAmbitionLine(line);
  const region = regionAbove(line);

  const labels = useMemo(
    () =>
      placeLabels(
        partners.map((p) => ({ id: p.id, x: x(p.dependency), y: y(p.influence), text: p.name })),
        { ...LABEL_OPTIONS, bounds: { x0: plot.left, y0: plot.top, x1: plot.right, y1: plot.bottom } },
      ),
    [partners, x, y, plot],
  );
  const labelById = new Map(labels.map((label) => [label.id, label]));

  // "voldoende effectief" in the top-left corner, when that corner is above the line.
  const areaLabelFits = line.base + line.slope * 3.4 <= 9.3;
  const lineLabel = segment ? lineLabelPosition(segment, scales) : null;
  const legend = legendItems(t).filter((item) => !unseen.some((key) => key === item.key));

  return (
    <svg
      ref={ref}
      className="matrix-chart"
      viewBox={`0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      style={{ fontFamily: C.font }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 Z" style={{ fill: C.target }} />
        </marker>
        <clipPath id={`${id}-plot`}>
          <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} />
        </clipPath>
      </defs>

      <rect x={0} y={0} width={CHART_SIZE.width} height={CHART_SIZE.height} style={{ fill: C.surface }} />
      {region.length > 0 ? <path d={pathOf(region, scales, true)} style={{ fill: C.area }} /> : null}

      <g aria-hidden="true">
        {TICKS.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={plot.top} y2={plot.bottom} style={{ stroke: C.grid, strokeWidth: 1 }} />
            <line x1={plot.left} x2={plot.right} y1={y(v)} y2={y(v)} style={{ stroke: C.grid, strokeWidth: 1 }} />
            <text x={x(v)} y={plot.bottom + 20} textAnchor="middle" style={{ fill: C.muted, fontSize: 12 }}>
              {v}
            </text>
            <text x={plot.left - 10} y={y(v) + 4} textAnchor="end" style={{ fill: C.muted, fontSize: 12 }}>
              {v}
            </text>
          </g>
        ))}
        <rect
          x={plot.left}
          y={plot.top}
          width={plot.right - plot.left}
          height={plot.bottom - plot.top}
          style={{ fill: 'none', stroke: C.frame, strokeWidth: 1 }}
        />
      </g>

      <g clipPath={`url(#${id}-plot)`}>
        <line
          x1={x(line.midpoint)}
          x2={x(line.midpoint)}
          y1={plot.top}
          y2={plot.bottom}
          style={{ stroke: C.midpoint, strokeWidth: 1.5, strokeDasharray: '6 4' }}
        />
        <line
          x1={plot.left}
          x2={plot.right}
          y1={y(line.midpoint)}
          y2={y(line.midpoint)}
          style={{ stroke: C.midpoint, strokeWidth: 1.5, strokeDasharray: '6 4' }}
        />
        {segment ? (
          <line
            className="matrix-chart__line"
            x1={x(segment[0].d)}
            y1={y(segment[0].i)}
            x2={x(segment[1].d)}
            y2={y(segment[1].i)}
            style={{ stroke: C.line, strokeWidth: 3, strokeLinecap: 'round' }}
          />
        ) : null}
      </g>

      {areaLabelFits ? (
        <text x={plot.left + 10} y={plot.top + 22} style={{ fill: C.areaText, fontSize: 14, fontWeight: 600 }}>
          {t('partners.areaLabel')}
        </text>
      ) : null}
      {lineLabel ? (
        <text
          x={lineLabel.x}
          y={lineLabel.y}
          textAnchor="end"
          transform={`rotate(${lineLabel.angle} ${lineLabel.x} ${lineLabel.y})`}
          style={{ fill: C.line, fontSize: 13, fontWeight: 700, paintOrder: 'stroke', stroke: C.surface, strokeWidth: 4 }}
        >
          {t('partners.lineLabel')}
        </text>
      ) : null}

      {/* Trails: where each partner was, oldest first. */}
      {partners.map((p) =>
        p.trail.length >= 2 ? (
          <g key={`trail-${p.id}`} className="matrix-chart__trail">
            <polyline
              points={p.trail.map((q) => `${round2(x(q.dependency))},${round2(y(q.influence))}`).join(' ')}
              style={{ fill: 'none', stroke: C.trail, strokeWidth: 1.5, strokeLinejoin: 'round' }}
            />
            {p.trail.slice(0, -1).map((q, k) => (
              <circle key={k} cx={x(q.dependency)} cy={y(q.influence)} r={3} style={{ fill: C.surface, stroke: C.trail, strokeWidth: 1.5 }} />
            ))}
          </g>
        ) : null,
      )}

      {/* Arrows to where each partner should go. */}
      {partners.map((p) => {
        if (!p.target) return null;
        const from = { x: x(p.dependency), y: y(p.influence) };
        const to = { x: x(p.target.dependency), y: y(p.target.influence) };
        const length = Math.hypot(to.x - from.x, to.y - from.y);
        if (length < 14) return null;
        const ux = (to.x - from.x) / length;
        const uy = (to.y - from.y) / length;
        return (
          <g key={`target-${p.id}`} className="matrix-chart__target">
            <line
              x1={round2(from.x + ux * 10)}
              y1={round2(from.y + uy * 10)}
              x2={round2(to.x - ux * 6)}
              y2={round2(to.y - uy * 6)}
              markerEnd={`url(#${id}-arrow)`}
              style={{ stroke: C.target, strokeWidth: 1.5, strokeDasharray: '5 3' }}
            />
            <circle cx={to.x} cy={to.y} r={5} style={{ fill: 'none', stroke: C.target, strokeWidth: 1.5 }} />
          </g>
        );
      })}

      {/* Points, then labels on top of everything. */}
      {partners.map((p) => {
        const cx = x(p.dependency);
        const cy = y(p.influence);
        const name = t('partners.pointTitle', {
          name: p.name,
          influence: formatNumber(p.influence, locale),
          dependency: formatNumber(p.dependency, locale),
        });
        return (
          <g
            key={`point-${p.id}`}
            className="matrix-chart__point"
            data-partner={p.name}
            data-sufficient={p.sufficient ? 'true' : 'false'}
            onClick={onSelect ? () => onSelect(p.id) : undefined}
          >
            <title>{name}</title>
            {/* A larger transparent target makes small points easy to hit. */}
            <circle cx={cx} cy={cy} r={14} style={{ fill: 'transparent' }} />
            {p.disagreement ? (
              <circle cx={cx} cy={cy} r={12.5} style={{ fill: 'none', stroke: C.text, strokeWidth: 1.5, strokeDasharray: '3 2.5' }} />
            ) : null}
            {p.sufficient ? (
              <circle cx={cx} cy={cy} r={POINT_RADIUS} style={{ fill: C.sufficient, stroke: C.surface, strokeWidth: 1.5 }} />
            ) : (
              <path d={diamond(cx, cy, DIAMOND)} style={{ fill: C.short, stroke: C.surface, strokeWidth: 1.5 }} />
            )}
          </g>
        );
      })}
      {partners.map((p) => {
        const label = labelById.get(p.id);
        if (!label) return null;
        const cx = x(p.dependency);
        const cy = y(p.influence);
        const midY = (label.box.y0 + label.box.y1) / 2;
        const edgeX = label.anchor === 'start' ? label.box.x0 : label.anchor === 'end' ? label.box.x1 : label.x;
        return (
          <g key={`label-${p.id}`} className="matrix-chart__label" pointerEvents="none">
            {label.leader ? (
              <line x1={cx} y1={cy} x2={round2(edgeX)} y2={round2(midY)} style={{ stroke: C.muted, strokeWidth: 1 }} />
            ) : null}
            <text
              x={round2(label.x)}
              y={round2(label.y)}
              textAnchor={label.anchor}
              style={{
                fill: C.text,
                fontSize: LABEL_OPTIONS.fontSize,
                fontWeight: 600,
                paintOrder: 'stroke',
                stroke: C.surface,
                strokeWidth: 3.5,
                strokeLinejoin: 'round',
              }}
            >
              {label.truncated ? <title>{p.name}</title> : null}
              {label.text}
            </text>
          </g>
        );
      })}

      <text
        x={(plot.left + plot.right) / 2}
        y={plot.bottom + 44}
        textAnchor="middle"
        style={{ fill: C.text, fontSize: 14, fontWeight: 700 }}
      >
        {t('partners.axisDependency')}
      </text>
      <text
        x={0}
        y={0}
        textAnchor="middle"
        transform={`translate(20 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
        style={{ fill: C.text, fontSize: 14, fontWeight: 700 }}
      >
        {t('partners.axisInfluence')}
      </text>

      <g className="matrix-chart__legend">
        {layoutLegend(legend, plot.left, plot.right, plot.bottom + 68).map((item) => (
          <g key={item.key} transform={`translate(${round2(item.x)} ${item.y})`}>
            {item.symbol}
            <text x={20} y={4} style={{ fill: C.text, fontSize: 12.5 }}>
              {item.text}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );

  function legendItems(translate: typeof t) {
    return [
      { key: 'sufficient', text: translate('partners.legendSufficient'), symbol: <circle cx={7} cy={0} r={6} style={{ fill: C.sufficient }} /> },
      { key: 'short', text: translate('partners.legendShort'), symbol: <path d={diamond(7, 0, 7)} style={{ fill: C.short }} /> },
      {
        key: 'area',
        text: translate('partners.areaLabel'),
        symbol: <rect x={0} y={-6} width={14} height={12} style={{ fill: C.area, stroke: C.frame, strokeWidth: 1 }} />,
      },
      { key: 'line', text: translate('partners.lineLabel'), symbol: <line x1={0} x2={14} y1={0} y2={0} style={{ stroke: C.line, strokeWidth: 3 }} /> },
      {
        key: 'disagreement',
        text: translate('partners.legendDisagreement'),
        symbol: <circle cx={7} cy={0} r={6.5} style={{ fill: 'none', stroke: C.text, strokeWidth: 1.5, strokeDasharray: '3 2.5' }} />,
      },
      {
        key: 'trail',
        text: translate('partners.legendTrail'),
        symbol: <polyline points="0,4 7,-3 14,1" style={{ fill: 'none', stroke: C.trail, strokeWidth: 1.5 }} />,
      },
      {
        key: 'target',
        text: translate('partners.legendTarget'),
        symbol: (
          <line x1={0} x2={12} y1={0} y2={0} markerEnd={`url(#${id}-arrow)`} style={{ stroke: C.target, strokeWidth: 1.5, strokeDasharray: '4 2' }} />
        ),
      },
    ];
  }
}

/** Where the "ambitielijn" text goes: near the upper end of the line, along it. */
function lineLabelPosition(segment: [{ d: number; i: number }, { d: number; i: number }], scales: ReturnType<typeof makeScales>) {
  const x1 = scales.x(segment[0].d);
  const y1 = scales.y(segment[0].i);
  const x2 = scales.x(segment[1].d);
  const y2 = scales.y(segment[1].i);
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length < 120) return null;
  const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  // 12 px back from the end, 7 px above the line.
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  return { x: round2(x2 - ux * 12 + uy * 7), y: round2(y2 - uy * 12 - ux * 7), angle: round2(angle) };
}

/** Legend items left to right, wrapping to a second row when the first is full. */
function layoutLegend<T extends { key: string; text: string }>(items: readonly T[], left: number, right: number, top: number) {
  const out: (T & { x: number; y: number })[] = [];
  let cx = left;
  let cy = top;
  for (const item of items) {
    const width = 20 + [...item.text].length * 12.5 * 0.56 + 18;
    if (cx + width > right && cx > left) {
      cx = left;
      cy += 22;
    }
    out.push({ ...item, x: cx, y: cy });
    cx += width;
  }
  return out;
}
