import { useParams, useSearchParams } from 'react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useJourney } from '../api/journey';
import type { CoalitionRead, JourneyRead, WorkPiece } from '../client/types.gen';
import { useCoalitionWorkspace } from '../components/coalitions/CoalitionLayout';
import { CoalitionSectionHeader } from '../components/coalitions/CoalitionSection';
import { ConversationsPanel } from '../components/journey/ConversationsPanel';
import { DomainPanel } from '../components/journey/DomainPanel';
import { initialStep, localised, stepByNumber } from '../components/journey/journey';
import { JourneyPath } from '../components/journey/JourneyPath';
import { OwnPlanPanel } from '../components/journey/OwnPlanPanel';
import { StepPanel } from '../components/journey/StepPanel';
import { Loading } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import '../styles/journey.css';

// The step plan is shared; the work of steps 1 and 3 starts as the core team's preparation.
const JOURNEY_PIECES: readonly WorkPiece[] = ['journey', 'conversations', 'domain', 'own_plan'];

/** /coalitions/:id/journey — the vital-coalition step plan: where the coalition stands and what comes next. */
export function JourneyPage() {
  const { coalitionId = '' } = useParams();
  const { t } = useTranslation();
  const { coalition: c } = useCoalitionWorkspace();
  const journey = useJourney(coalitionId);

  return (
    <>
      <CoalitionSectionHeader coalition={c} title={t('journey.title')} shows={JOURNEY_PIECES}>
        <p className="lead">{t('journey.intro')}</p>
      </CoalitionSectionHeader>
      {journey.isPending ? <Loading /> : null}
      {journey.isError ? <QueryError error={journey.error} /> : null}
      {journey.data ? <Journey coalition={c} journey={journey.data} /> : null}
    </>
  );
}

function Journey({ coalition, journey }: { coalition: CoalitionRead; journey: JourneyRead }) {
  const coalitionId = coalition.id;
  const canManage = coalition.can_manage;
  const [params, setParams] = useSearchParams();
  const selected = initialStep(journey, params.get('step'));
  const step = stepByNumber(journey, selected);
  const select = (number: number) => {
    setParams({ step: String(number) }, { replace: true });
    document.getElementById(`step-heading-${number}`)?.scrollIntoView({ block: 'start' });
  };
  return (
    <div className="stack journey">
      <Position journey={journey} onSelect={select} />
      <JourneyPath journey={journey} selected={selected} onSelect={select} />
      {step ? <StepPanel coalitionId={coalitionId} journey={journey} step={step} canManage={canManage} onSelect={select} /> : null}
      {selected === 1 ? <ConversationsPanel coalition={coalition} /> : null}
      {selected === 2 ? <DomainPanel coalition={coalition} /> : null}
      {selected === 3 ? <OwnPlanPanel coalition={coalition} /> : null}
    </div>
  );
}

function Position({ journey, onSelect }: { journey: JourneyRead; onSelect: (step: number) => void }) {
  const { t, i18n } = useTranslation();
  const position = journey.position;
  const current = stepByNumber(journey, position.current_step);
  const next = stepByNumber(journey, position.next_step);
  const round = journey.rounds.find((r) => r.round === position.current_round);
  return (
    <section className="panel journey-position" aria-labelledby="journey-position-heading">
      <h2 id="journey-position-heading">{t('journey.whereHeading')}</h2>
      {position.complete ? (
        <p>{t('journey.complete')}</p>
      ) : (
        <dl className="journey-position__facts">
          <div>
            <dt>{t('journey.currentRound')}</dt>
            <dd data-testid="current-round">
              {round ? `${t('journey.round', { n: round.round })}: ${localised(round.title, i18n.language)}` : '–'}
            </dd>
          </div>
          <div>
            <dt>{t('journey.currentStep')}</dt>
            <dd data-testid="current-step">
              {current ? (
                <Button className="link-button" onPress={() => onSelect(current.number)}>
                  {t('journey.stepN', { n: current.number })}: {localised(current.title, i18n.language)}
                </Button>
              ) : (
                '–'
              )}
            </dd>
          </div>
          <div>
            <dt>{t('journey.nextStep')}</dt>
            <dd data-testid="next-step">
              {next ? (
                <>
                  <Button className="link-button" onPress={() => onSelect(next.number)}>
                    {t('journey.stepN', { n: next.number })}: {localised(next.title, i18n.language)}
                  </Button>
                  {next.round !== current?.round ? <span className="muted"> ({t('journey.newRound', { n: next.round })})</span> : null}
                </>
              ) : (
                t('journey.nothingNext')
              )}
            </dd>
          </div>
        </dl>
      )}
      <p className="journey-position__progress">
        <span>{t('journey.progress', { finished: position.finished, total: position.total })}</span>
        <progress max={position.total} value={position.finished} aria-label={t('journey.progressLabel')} />
      </p>
      {position.left_behind.length > 0 ? (
        <p className="muted">{t('journey.leftBehind', { steps: position.left_behind.join(', ') })}</p>
      ) : null}
    </section>
  );
}
