import { useTranslation } from 'react-i18next';
import type { CommitmentScaleRead } from '../../client/types.gen';
import { MethodRule } from '../ui/MethodRule';
import { levelText } from './meetings';

/**
 * The scale the chair determines commitment with: marked as a Vitaal rule (or the coordinating
 * organisation's own), with what each level means and which ones count as commitment.
 */
export function CommitmentScale({ scale }: { scale: CommitmentScaleRead | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="commitment-scale">
      <MethodRule ownedBy={scale?.own ? scale.organisation_name : undefined}>{t('method.rules.commitmentScale')}</MethodRule>
      {scale ? (
        <details className="commitment-scale__legend">
          <summary>{t('meetings.scaleLegend')}</summary>
          <dl className="facts facts--compact">
            {scale.levels.map((item) => {
              const { name, hint } = levelText(scale, item.level, t);
              return (
                <div key={item.level}>
                  <dt>{name}</dt>
                  <dd>
                    {hint}
                    {item.counts_as_commitment ? <span className="facts__via">{t('meetings.countsAsCommitment')}</span> : null}
                  </dd>
                </div>
              );
            })}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
