import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IssueRead } from '../../client/types.gen';

/** Where the goal is written: the edit form on the overview tab, which focuses its goal field. */
export const GOAL_HASH = '#goal';

/** A link that opens the overview and puts the cursor in the goal field of the edit form. */
export function WriteGoalLink({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <Link to={{ search: '?tab=overview', hash: GOAL_HASH }} className={className}>
      {children}
    </Link>
  );
}

/** The issue's workable frame (*werkbaar kader*): its goal, the objectives in order, its added value. */
export function IssueFrame({ issue }: { issue: IssueRead }) {
  const { t } = useTranslation();
  return (
    <section className="issue-frame" aria-labelledby="frame-heading">
      <div className="issue-frame__head">
        <h2 id="frame-heading">{t('issues.frame.heading')}</h2>
        <WriteGoalLink className="button button--secondary button--small">{t('issues.frame.edit')}</WriteGoalLink>
      </div>
      <div className="issue-frame__part issue-frame__part--goal">
        <h3 className="issue-frame__label">{t('issues.frame.goal')}</h3>
        {issue.goal ? (
          <p className="goal issue-frame__goal">{issue.goal}</p>
        ) : (
          <p className="issue-frame__missing">
            {t('issues.frame.noGoal')} <WriteGoalLink>{t('issues.frame.writeGoal')}</WriteGoalLink>
          </p>
        )}
      </div>
      <div className="issue-frame__part">
        <h3 className="issue-frame__label">{t('issues.frame.objectives')}</h3>
        {issue.objectives.length > 0 ? (
          <ol className="issue-frame__objectives">
            {issue.objectives.map((objective, index) => (
              <li key={index}>{objective}</li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('issues.frame.noObjectives')}</p>
        )}
      </div>
      <div className="issue-frame__part">
        <h3 className="issue-frame__label">{t('issues.frame.addedValue')}</h3>
        {issue.added_value ? <p className="prose">{issue.added_value}</p> : <p className="muted">{t('issues.frame.noAddedValue')}</p>}
      </div>
    </section>
  );
}
