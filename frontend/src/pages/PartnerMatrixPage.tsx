import { useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCoalitionPartners, useDeletePartner, usePartnerMatrix } from '../api/partners';
import type { AmbitionLine, Partner, PartnerMatrix } from '../api/types';
import type { CoalitionRead, WorkPiece } from '../client/types.gen';
import { useCoalitionWorkspace } from '../components/coalitions/CoalitionLayout';
import { CoalitionSectionHeader } from '../components/coalitions/CoalitionSection';
import { PartMark, PreparationPanel } from '../components/coalitions/Visibility';
import { hiddenBy, sees } from '../components/coalitions/visibilityRule';
import { AddPartnerForm } from '../components/partners/AddPartnerForm';
import { AmbitionLineControls } from '../components/partners/AmbitionLineControls';
import { AssessDialog } from '../components/partners/AssessDialog';
import { CHART_SIZE } from '../components/partners/chart';
import { download, exportFileName, serialiseChart, svgToPng } from '../components/partners/exportChart';
import { MatrixSummary, type SummaryView } from '../components/partners/MatrixSummary';
import { assess, DEFAULT_LINE, sameLine, summarise, type Line } from '../components/partners/matrix';
import { PartnerMatrixChart, type ChartPartner } from '../components/partners/PartnerMatrixChart';
import { PartnerDialog, type PartnerTab } from '../components/partners/PartnerDialog';
import { PartnerTable, type TableRow } from '../components/partners/PartnerTable';
import { StrategyReviews } from '../components/partners/StrategyReviews';
import '../styles/controls.css';
import '../styles/partners-extra.css';
import { Loading, Notice } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import { currentLocale } from '../i18n';
import { formatNumber } from '../lib/format';
import { useMediaQuery } from '../lib/useMediaQuery';

function lineOf(saved: AmbitionLine): Line {
  return {
    base: saved.base ?? DEFAULT_LINE.base,
    slope: saved.slope ?? DEFAULT_LINE.slope,
    midpoint: saved.midpoint ?? DEFAULT_LINE.midpoint,
  };
}

// The matrix is the core team's preparation unless the coordinator shares it, piece by piece.
const MATRIX_PIECES: readonly WorkPiece[] = ['partner_positions', 'assessment_rationales', 'target_positions', 'partner_strategies'];

/** /coalitions/:id/partners — the partner matrix: chart, table, summary, ambition line. */
export function PartnerMatrixPage() {
  const { t } = useTranslation();
  const { coalition: c } = useCoalitionWorkspace();
  const matrix = usePartnerMatrix(c.id, sees(c, 'partner_positions'));
  const positions = sees(c, 'partner_positions') && !hiddenBy(matrix.error);

  return (
    <>
      <CoalitionSectionHeader coalition={c} title={t('partners.title')} shows={MATRIX_PIECES}>
        <p className="lead">{t('partners.intro')}</p>
      </CoalitionSectionHeader>
      {positions ? null : <SharedPartners coalition={c} />}
      {positions && matrix.isPending ? <Loading /> : null}
      {positions && matrix.isError ? <QueryError error={matrix.error} /> : null}
      {matrix.data ? <Matrix coalition={c} data={matrix.data} /> : null}
    </>
  );
}

/**
 * For a member who does not see the matrix: the coalition's partners (shared: meetings, the plan
 * and agreements name them), the explanation where the matrix would be, and the strategies if
 * those are shared on their own.
 */
function SharedPartners({ coalition }: { coalition: CoalitionRead }) {
  const { t } = useTranslation();
  const partners = useCoalitionPartners(coalition.id);
  const [opened, setOpened] = useState<Partner | null>(null);
  const strategies = sees(coalition, 'partner_strategies');
  return (
    <div className="stack">
      <PreparationPanel coalition={coalition} piece="partner_positions" title={t('partners.chartHeading')} id="chart-heading" />
      <section className="panel" aria-labelledby="shared-partners-heading">
        <h2 id="shared-partners-heading">{t('partners.sharedListHeading')}</h2>
        <p className="field__description">{t('partners.sharedListIntro')}</p>
        {partners.isPending ? <Loading /> : null}
        {partners.isError ? <QueryError error={partners.error} /> : null}
        {partners.data && partners.data.length === 0 ? (
          <p className="empty">
            {t('partners.empty')} {t('partners.emptyOther')}
          </p>
        ) : null}
        {partners.data && partners.data.length > 0 ? (
          <ul className="item-list">
            {partners.data.map((partner) => (
              <li key={partner.id} className="item-list__item" data-partner={partner.name}>
                <div className="item-list__main">
                  <span className="item-list__title">{partner.name}</span>
                  <span className="item-list__meta">{t(`partners.statuses.${partner.status}`)}</span>
                </div>
                {strategies ? (
                  <Button
                    className="button button--secondary button--small"
                    onPress={() => setOpened(partner)}
                    aria-label={t('partners.openLabel', { name: partner.name })}
                  >
                    {t('partners.open')}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {strategies ? null : (
        <PreparationPanel coalition={coalition} piece="partner_strategies" title={t('visibility.pieces.partner_strategies')} id="strategies-heading" />
      )}
      <PartnerDialog coalition={coalition} partner={opened} tab="strategy" onClose={() => setOpened(null)} />
    </div>
  );
}

interface MatrixProps {
  coalition: CoalitionRead;
  data: PartnerMatrix;
}

function Matrix({ coalition, data }: MatrixProps) {
  const { t } = useTranslation();
  const coalitionId = coalition.id;
  const coalitionName = coalition.name;
  const canManage = coalition.can_manage;
  // Scoring partners is the core team's work, also once the matrix is shared.
  const canAssess = coalition.in_core_team;
  const strategies = sees(coalition, 'partner_strategies');
  // The dialog holds the strategy, the assessments and (the coordinator's) the relationship.
  const dialog = canManage || strategies || sees(coalition, 'assessment_rationales');
  const locale = currentLocale();
  const phone = useMediaQuery('(max-width: 47.99rem)');
  const saved = lineOf(data.ambition_line);
  // The line being tried; null (or equal to the saved one) means the saved line.
  const [draft, setDraft] = useState<Line | null>(null);
  const line = draft ?? saved;
  const preview = draft !== null && !sameLine(draft, saved);
  const [assessing, setAssessing] = useState<string | null>(null);
  const [assessed, setAssessed] = useState<string | null>(null);
  const [opened, setOpened] = useState<{ id: string; tab: PartnerTab } | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const deletePartner = useDeletePartner(coalitionId);
  const svgRef = useRef<SVGSVGElement>(null);

  const rows: TableRow[] = useMemo(
    () =>
      data.partners.map((entry) => ({
        entry,
        outcome: entry.position
          ? preview
            ? assess(line, entry.position, entry.partner.target)
            : (entry.outcome ?? assess(line, entry.position, entry.partner.target))
          : null,
      })),
    [data.partners, line, preview],
  );

  const summary: SummaryView = useMemo(() => {
    if (!preview) return data.summary;
    const local = summarise(
      rows.flatMap((row) => (row.entry.position && row.outcome ? [{ id: row.entry.partner.id, dependency: row.entry.position.dependency, outcome: row.outcome }] : [])),
    );
    return { ...local, unassessed: data.summary.unassessed };
  }, [preview, rows, data.summary]);

  const names = useMemo(() => new Map(data.partners.map((e) => [e.partner.id, e.partner.name])), [data.partners]);

  const chartPartners: ChartPartner[] = useMemo(
    () =>
      rows.flatMap(({ entry, outcome }) =>
        entry.position && outcome
          ? [
              {
                id: entry.partner.id,
                name: entry.partner.name,
                influence: entry.position.influence,
                dependency: entry.position.dependency,
                sufficient: outcome.sufficient,
                disagreement: entry.position.disagreement,
                trail: entry.trail,
                target: entry.partner.target,
              },
            ]
          : [],
      ),
    [rows],
  );

  const open = canAssess ? (id: string) => setAssessing(id) : undefined;
  const assessingEntry = data.partners.find((e) => e.partner.id === assessing) ?? null;
  const openedPartner = data.partners.find((e) => e.partner.id === opened?.id)?.partner ?? null;
  const openStrategy = (id: string) => {
    setRemoved(null);
    setOpened({ id, tab: 'strategy' });
  };
  const description = t('partners.chartDesc', {
    from: formatNumber(line.base, locale),
    slope: formatNumber(line.slope, locale),
    count: chartPartners.length,
    sufficient: chartPartners.filter((p) => p.sufficient).length,
  });

  const empty = data.partners.length === 0;
  const noneAssessed = !empty && chartPartners.length === 0;

  const chart = (
    <section key="chart" className="panel matrix-chart-panel" aria-labelledby="chart-heading">
      <div className="panel__header">
        <div className="panel__title">
          <h2 id="chart-heading">{t('partners.chartHeading')}</h2>
          <PartMark coalition={coalition} piece="partner_positions" />
        </div>
        <ExportButtons svgRef={svgRef} fileTitle={coalitionName} disabled={empty} />
      </div>
      {empty ? (
        <p className="empty">
          {t('partners.empty')} {canManage ? t('partners.emptyManage') : t('partners.emptyOther')}
        </p>
      ) : null}
      {noneAssessed ? <p className="empty">{t('partners.noneAssessed')}</p> : null}
      {preview ? <p className="preview-note">{t('partners.preview')}</p> : null}
      <p className="chart-scroll-hint" aria-hidden="true">
        {t('partners.scrollHint')}
      </p>
      <div className="chart-scroll" tabIndex={0} role="region" aria-label={t('partners.chartScroll')}>
        <PartnerMatrixChart
          ref={svgRef}
          partners={chartPartners}
          line={line}
          title={t('partners.chartTitle', { coalition: coalitionName })}
          description={description}
          onSelect={open}
          unseen={[
            ...(sees(coalition, 'assessment_rationales') ? [] : (['disagreement'] as const)),
            ...(sees(coalition, 'target_positions') ? [] : (['target'] as const)),
          ]}
        />
      </div>
    </section>
  );
  const controls = (
    <AmbitionLineControls
      key="controls"
      coalitionId={coalitionId}
      saved={data.ambition_line}
      line={line}
      onChange={setDraft}
      onReset={() => setDraft(null)}
      changed={preview}
      canManage={canManage}
    />
  );
  const summaryPanel = <MatrixSummary key="summary" summary={summary} names={names} preview={preview} />;
  const table = (
    <section key="table" className="panel panel--table" aria-labelledby="table-heading">
      <div className="panel__title">
        <h2 id="table-heading">{t('partners.tableHeading')}</h2>
        <PartMark coalition={coalition} piece="partner_positions" />
      </div>
      {!canAssess ? <p className="muted">{t('partners.readOnlyNote')}</p> : null}
      {empty ? (
        <p className="empty">
          {t('partners.empty')} {canManage ? t('partners.emptyManage') : t('partners.emptyOther')}
        </p>
      ) : (
        <>
          <PartnerTable
            rows={rows}
            onAssess={open}
            onOpen={dialog ? openStrategy : undefined}
            canManage={canManage}
            targets={sees(coalition, 'target_positions')}
          />
          <p className="field__description table-note">{t('partners.gapHint')}</p>
        </>
      )}
    </section>
  );
  const add = canManage ? <AddPartnerForm key="add" coalitionId={coalitionId} organisationId={coalition.my_organisation_id} /> : null;
  const reviews = empty ? null : strategies ? (
    <StrategyReviews key="reviews" coalition={coalition} onOpen={openStrategy} />
  ) : (
    <PreparationPanel key="reviews" coalition={coalition} piece="partner_strategies" title={t('partners.reviewsHeading')} id="reviews-heading" />
  );

  // The order in the page is the reading and tab order: on a phone the table
  // and summary come first and the chart after them.
  let layout: ReactNode;
  if (phone) {
    layout = (
      <div className="stack">
        {summaryPanel}
        {table}
        {reviews}
        {chart}
        {controls}
        {add}
      </div>
    );
  } else {
    layout = (
      <div className="stack">
        <div className="matrix-layout">
          {chart}
          {controls}
        </div>
        {summaryPanel}
        {table}
        {reviews}
        {add}
      </div>
    );
  }

  return (
    <>
      {assessed ? <Notice tone="success">{t('partners.assessSaved', { name: assessed })}</Notice> : null}
      {removed ? <Notice tone="success">{t('partners.removed', { name: removed })}</Notice> : null}
      {layout}
      <AssessDialog
        coalitionId={coalitionId}
        entry={assessingEntry}
        line={line}
        onClose={() => setAssessing(null)}
        onSaved={(name) => setAssessed(name)}
      />
      <PartnerDialog
        coalition={coalition}
        partner={openedPartner}
        tab={opened?.tab ?? 'strategy'}
        onClose={() => setOpened(null)}
        removal={{
          remove: (partner) =>
            deletePartner.mutate(partner.id, {
              onSuccess: () => {
                setOpened(null);
                setAssessed(null);
                setRemoved(partner.name);
              },
            }),
          isPending: deletePartner.isPending,
          error: deletePartner.error,
        }}
      />
    </>
  );
}

function ExportButtons({ svgRef, fileTitle, disabled }: { svgRef: RefObject<SVGSVGElement | null>; fileTitle: string; disabled: boolean }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const size = { width: CHART_SIZE.width, height: CHART_SIZE.height };
  function svgText(): string | null {
    return svgRef.current ? serialiseChart(svgRef.current, size) : null;
  }
  function exportSvg() {
    const text = svgText();
    if (!text) return;
    download(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), exportFileName(fileTitle, 'svg'));
  }
  async function exportPng() {
    setFailed(false);
    const text = svgText();
    if (!text) return;
    try {
      download(await svgToPng(text, size), exportFileName(fileTitle, 'png'));
    } catch {
      setFailed(true);
    }
  }
  return (
    <div className="button-row export-buttons" role="group" aria-label={t('partners.export')}>
      <Button className="button button--secondary button--small" onPress={exportSvg} isDisabled={disabled}>
        {t('partners.exportSvg')}
      </Button>
      <Button className="button button--secondary button--small" onPress={() => void exportPng()} isDisabled={disabled}>
        {t('partners.exportPng')}
      </Button>
      {failed ? (
        <p role="alert" className="field__error">
          {t('partners.exportFailed')}
        </p>
      ) : null}
    </div>
  );
}
