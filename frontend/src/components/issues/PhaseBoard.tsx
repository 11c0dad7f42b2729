import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IssueRead } from '../../client/types.gen';
import { Notice } from '../ui/misc';
import { byPhase, PHASES } from './issues';
import { PhaseDialog } from './PhaseDialog';
import { PriorityBadge, StatusBadge } from './IssueTable';

/**
 * Columns per phase, each issue a card. A card moves by its "change phase" button (keyboard
 * and touch alike), which asks where to and why; the order of phases is not enforced.
 */
export function PhaseBoard({ organisationId, issues }: { organisationId: string; issues: readonly IssueRead[] }) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState<IssueRead | null>(null);
  const [moved, setMoved] = useState<IssueRead | null>(null);
  const columns = byPhase(issues);
  return (
    <>
      {moved ? (
        <Notice tone="success">{t('issues.moved', { title: moved.title, phase: t(`issues.phases.${moved.phase}`) })}</Notice>
      ) : null}
      <div className="phase-board">
        {PHASES.map((phase, index) => (
          <section key={phase} className="phase-board__column" aria-labelledby={`phase-${phase}`}>
            <h3 id={`phase-${phase}`} className="phase-board__title">
              <span className="phase-board__step" aria-hidden="true">
                {index + 1}
              </span>
              {t(`issues.phases.${phase}`)}
              <span className="phase-board__count">{t('issues.count', { count: columns[phase].length })}</span>
            </h3>
            {columns[phase].length === 0 ? <p className="phase-board__empty muted">{t('issues.noneInPhase')}</p> : null}
            <ul className="phase-board__cards">
              {columns[phase].map((issue) => (
                <li key={issue.id} className="phase-card" data-issue={issue.title}>
                  <Link to={`/organisations/${organisationId}/issues/${issue.id}`} className="phase-card__title">
                    {issue.title}
                  </Link>
                  <div className="phase-card__meta">
                    <PriorityBadge issue={issue} />
                    <StatusBadge status={issue.status} />
                  </div>
                  <Button
                    className="button button--secondary button--small"
                    aria-label={t('issues.moveCard', { title: issue.title })}
                    onPress={() => {
                      setMoved(null);
                      setMoving(issue);
                    }}
                  >
                    {t('issues.move')}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <PhaseDialog organisationId={organisationId} issue={moving} onClose={() => setMoving(null)} onMoved={setMoved} />
    </>
  );
}
