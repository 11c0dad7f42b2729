import { useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useDeletePartner, usePartnerMatrix } from '../api/partners';
import type { AmbitionLine, PartnerMatrix } from '../api/types';
import { useCoalitionWorkspace } from '../components/coalitions/CoalitionLayout';
import { CoalitionTabs } from '../components/coalitions/CoalitionTabs';
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
import { Loading, Notice, PageTitle } from '../components/ui/misc';
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

/** /coalitions/:id/partners — the partner matrix: chart, table, summary, ambition line. */
export function PartnerMatrixPage() {
  const { coalitionId = '' } = useParams();
  const { t } = useTranslation();
  const { coalition: c } = useCoalitionWorkspace();
  const matrix = usePartnerMatrix(coalitionId);

  const title = t('partners.title');

  return (
    <>
      <div className="page-header">
        <p className="page-header__eyebrow">
          <Link to={`/coalitions/${c.id}`} className="page-header__link">
            {c.name}
          </Link>
        </p>
        <PageTitle title={`${title} – ${c.name}`}>{title}</PageTitle>
        <p className="lead">{t('partners.intro')}</p>
      </div>
      <CoalitionTabs coalitionId={c.id} />
      {matrix.isPending ? <Loading /> : null}
      {matrix.isError ? <QueryError error={matrix.error} /> : null}
      {matrix.data ? (
        <Matrix
          coalitionId={c.id}
          coalitionName={c.name}
          data={matrix.data}
          canManage={c.can_manage}
          canAssess={c.my_role !== 'observer'}
          organisationId={c.my_organisation_id}
        />
      ) : null}
    </>
  );
}

interface MatrixProps {
  coalitionId: string;
  coalitionName: string;
  data: PartnerMatrix;
  canManage: boolean;
  canAssess: boolean;
  organisationId: string;
}

function Matrix({ coalitionId, coalitionName, data, canManage, canAssess, organisationId }: MatrixProps) {
  const { t } = useTranslation();
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
  const openedEntry = data.partners.find((e) => e.partner.id === opened?.id) ?? null;
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
        <h2 id="chart-heading">{t('partners.chartHeading')}</h2>
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
      <h2 id="table-heading">{t('partners.tableHeading')}</h2>
      {!canAssess ? <p className="muted">{t('partners.observerNote')}</p> : null}
      {empty ? (
        <p className="empty">
          {t('partners.empty')} {canManage ? t('partners.emptyManage') : t('partners.emptyOther')}
        </p>
      ) : (
        <>
          <PartnerTable rows={rows} onAssess={open} onOpen={openStrategy} canManage={canManage} />
          <p className="field__description table-note">{t('partners.gapHint')}</p>
        </>
      )}
    </section>
  );
  const add = canManage ? <AddPartnerForm key="add" coalitionId={coalitionId} organisationId={organisationId} /> : null;
  const reviews = empty ? null : <StrategyReviews key="reviews" coalitionId={coalitionId} onOpen={openStrategy} />;

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
        coalitionId={coalitionId}
        entry={openedEntry}
        tab={opened?.tab ?? 'strategy'}
        canManage={canManage}
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
