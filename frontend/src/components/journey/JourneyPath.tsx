import { useTranslation } from 'react-i18next';
import type { JourneyRead } from '../../client/types.gen';
import { MethodRule } from '../ui/MethodRule';
import { localised } from './journey';

interface Props {
  journey: JourneyRead;
  selected: number;
  onSelect: (step: number) => void;
}

/** The rounds and their steps as one path; the current step stands out. */
export function JourneyPath({ journey, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const current = journey.position.current_step;
  return (
    <section className="panel" aria-labelledby="journey-path-heading">
      <h2 id="journey-path-heading">{t('journey.pathHeading')}</h2>
      <MethodRule>{t('method.rules.journeyQuestions')}</MethodRule>
      <div className="journey-rounds">
        {journey.rounds.map((round) => (
          <section key={round.round} className="journey-round" aria-labelledby={`journey-round-${round.round}`}>
            <h3 id={`journey-round-${round.round}`} className="journey-round__title">
              {t('journey.round', { n: round.round })}: {localised(round.title, i18n.language)}
            </h3>
            <p className="journey-round__meta">
              {t('journey.roundProgress', { finished: round.done + round.skipped, total: round.steps.length })}
              {round.repeats > 0 ? <span className="badge badge--neutral">{t('journey.repeated', { count: round.repeats })}</span> : null}
            </p>
            <ol className="journey-steps">
              {journey.steps
                .filter((step) => step.round === round.round)
                .map((step) => {
                  const isCurrent = step.number === current;
                  const isNext = step.number === journey.position.next_step;
                  const checked = step.checklist.filter((item) => item.ticked).length;
                  return (
                    <li
                      key={step.number}
                      className={`journey-step journey-step--${step.status}${isCurrent ? ' journey-step--current' : ''}${step.number === selected ? ' journey-step--selected' : ''}`}
                    >
                      <button
                        type="button"
                        className="journey-step__button"
                        aria-current={isCurrent ? 'step' : undefined}
                        aria-pressed={step.number === selected}
                        onClick={() => onSelect(step.number)}
                        data-step={step.number}
                      >
                        <span className="journey-step__number" aria-hidden="true">
                          {step.status === 'done' ? '✓' : step.number}
                        </span>
                        <span className="journey-step__body">
                          <span className="journey-step__title">
                            <span className="visually-hidden">{t('journey.stepN', { n: step.number })}: </span>
                            {localised(step.title, i18n.language)}
                          </span>
                          <span className="journey-step__meta">
                            <span className={`badge journey-status journey-status--${step.status}`}>{t(`journey.statuses.${step.status}`)}</span>
                            <span className="badge badge--muted">{t(`journey.questionsShort.${step.question}`)}</span>
                            {isCurrent ? <span className="badge badge--accent">{t('journey.current')}</span> : null}
                            {isNext ? <span className="badge badge--neutral">{t('journey.next')}</span> : null}
                            <span className="journey-step__count">{t('journey.checked', { checked, total: step.checklist.length })}</span>
                          </span>
                        </span>
                      </button>
                    </li>
                  );
                })}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
