import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePartnerStrategy, useSetPartnerStrategy } from '../../api/partners';
import { STRATEGIES, type PartnerStrategy, type Strategy, type StrategyDirection } from '../../api/types';
import { currentLocale } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { useValidatedForm } from '../../lib/useFormErrors';
import type { Check } from '../../lib/validation';
import { PreparationNotice } from '../coalitions/Visibility';
import { hiddenBy } from '../coalitions/visibilityRule';
import { useRepeatRows } from '../stakeholders/useRepeatRows';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';
import { actionsFrom, allowedByPlace, directionsFor, kindsFor, needsReason } from './strategy';
import { StrategyWarnings } from './StrategyWarnings';

const BASE_FIELDS = ['strategy', 'direction', 'reason', 'review_on', 'actions'];
const ACTION_FIELDS = ['description', 'owner_name', 'due_on', 'done', 'kind'] as const;
// The direction select's key for "no direction" (react-aria keys are strings).
const NO_DIRECTION = 'none';

interface Props {
  coalitionId: string;
  partnerId: string;
  canManage: boolean;
  /** Whether the caller sees the partner matrix the suggestion comes from. */
  positions: boolean;
}

/** The suggested strategy and why, the chosen one with actions and a review date, and its history. */
export function StrategyPanel({ coalitionId, partnerId, canManage, positions }: Props) {
  const { t } = useTranslation();
  const strategy = usePartnerStrategy(coalitionId, partnerId);
  if (strategy.isPending) return <Loading />;
  if (strategy.isError) {
    // No longer shared since the page was loaded: explained like any preparation.
    return hiddenBy(strategy.error) ? <PreparationNotice piece="partner_strategies" /> : <QueryError error={strategy.error} />;
  }
  const s = strategy.data;
  return (
    <div className="strategy">
      {positions ? <Suggestion strategy={s} /> : <p className="muted">{t('partners.suggestionPreparation')}</p>}
      {canManage ? (
        <StrategyForm coalitionId={coalitionId} strategy={s} />
      ) : (
        <>
          <StrategyWarnings strategy={s} />
          <ChosenView strategy={s} />
        </>
      )}
      <History strategy={s} />
    </div>
  );
}

function Suggestion({ strategy: s }: { strategy: PartnerStrategy }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!s.suggested_strategy || !s.suggestion) {
    return <p className="muted">{t('partners.noSuggestion')}</p>;
  }
  const why = s.suggestion;
  return (
    <div className="strategy__suggestion">
      <p className="strategy__label">{t('partners.suggested')}</p>
      <p className="strategy__name" data-testid="suggested-strategy">
        {t(`partners.strategies.${s.suggested_strategy}`)}
      </p>
      <p className="field__description">
        {t('partners.suggestionWhy', {
          required: formatNumber(why.required_influence, locale),
          gap: formatNumber(why.gap, locale),
          quadrant: t(`partners.quadrants.${why.quadrant}`),
          verdict: why.sufficient ? t('partners.sufficientYes').toLowerCase() : t('partners.sufficientNo').toLowerCase(),
        })}
      </p>
      <p>{t(`partners.strategyHints.${s.suggested_strategy}`)}</p>
    </div>
  );
}

function StrategyForm({ coalitionId, strategy: s }: { coalitionId: string; strategy: PartnerStrategy }) {
  const { t } = useTranslation();
  const mutation = useSetPartnerStrategy(coalitionId, s.partner_id);
  const initialRows = Math.max(1, s.actions.length);
  const { rows, add, remove, markSent, errors } = useRepeatRows('actions', ACTION_FIELDS, BASE_FIELDS, mutation.error, initialRows);
  const [chosen, setChosen] = useState<Strategy>(s.strategy ?? s.suggested_strategy ?? 'maintain');
  const [saved, setSaved] = useState(false);
  const reasonNeeded = needsReason(chosen, s.suggested_strategy);
  // Only what the partner's place in the matrix allows is offered; the server checks it too.
  const place = allowedByPlace(s.suggestion);
  const directions = directionsFor(chosen, place.left, s.direction);
  const defaultDirection = s.direction && directions.includes(s.direction) ? s.direction : (directions[0] ?? null);
  const checks = useMemo(() => {
    const result: Record<string, Check> = {};
    if (reasonNeeded) result.reason = (value) => (value.trim() === '' ? t('partners.reasonRequired') : null);
    for (const id of rows) {
      result[`actions.${id}.description`] = (value, values) =>
        value.trim() === '' && ['owner_name', 'due_on', 'kind'].some((field) => (values?.[`actions.${id}.${field}`] ?? '').trim() !== '')
          ? t('partners.actionNeedsText')
          : null;
    }
    return result;
  }, [t, rows, reasonNeeded]);
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>) {
    setSaved(false);
    markSent(values);
    mutation.mutate(
      {
        strategy: chosen,
        direction: directionFrom(chosen, values.direction),
        reason: (values.reason ?? '').trim(),
        actions: actionsFrom(values, rows),
        review_on: values.review_on ? values.review_on : null,
      },
      { onSuccess: () => setSaved(true) },
    );
  }

  return (
    <ValidatedForm form={form} onValid={submit}>
      <FormAlert message={errors.general} />
      <SelectInput
        name="strategy"
        label={t('partners.chosenStrategy')}
        selectedKey={chosen}
        onSelectionChange={(key) => {
          setSaved(false);
          setChosen(key as Strategy);
        }}
        options={STRATEGIES.map((id) => ({ id, label: t(`partners.strategies.${id}`) }))}
      />
      {directions.length > 0 ? (
        <SelectInput
          // Invest has no "no direction": a fresh select when the strategy changes between them.
          key={chosen === 'invest' ? 'invest' : 'other'}
          name="direction"
          label={t('partners.direction')}
          description={t('partners.directionHint')}
          defaultSelectedKey={defaultDirection ?? NO_DIRECTION}
          options={directions.map((id) => ({ id: id ?? NO_DIRECTION, label: t(`partners.directions.${id ?? NO_DIRECTION}`) }))}
        />
      ) : null}
      <TextAreaInput
        name="reason"
        label={reasonNeeded ? t('partners.strategyReason') : `${t('partners.strategyReason')} ${t('common.optional')}`}
        description={reasonNeeded ? t('partners.reasonHint', { suggested: t(`partners.strategies.${s.suggested_strategy ?? 'maintain'}`) }) : undefined}
        required={reasonNeeded}
        rows={2}
        defaultValue={s.reason}
      />
      <fieldset className="fieldset">
        <legend className="field__label">
          {t('partners.actions')} {t('common.optional')}
        </legend>
        <p className="field__description">{t('partners.actionKindHint')}</p>
        {rows.map((id, index) => {
          const action = s.actions[id];
          const n = index + 1;
          return (
            <fieldset key={id} className="fieldset repeat-row">
              <legend className="repeat-row__legend">{t('partners.action', { n })}</legend>
              <TextInput name={`actions.${id}.description`} label={t('partners.actionDescription')} defaultValue={action?.description} />
              <SelectInput
                name={`actions.${id}.kind`}
                label={t('partners.actionKind')}
                placeholder={t('partners.actionKinds.free')}
                defaultSelectedKey={action?.kind}
                options={kindsFor(place.kinds, action?.kind).map((kind) => ({ id: kind, label: t(`partners.actionKinds.${kind}`) }))}
              />
              <div className="form__row">
                <TextInput name={`actions.${id}.owner_name`} label={t('partners.actionOwner')} defaultValue={action?.owner_name} />
                <TextInput name={`actions.${id}.due_on`} type="date" label={t('partners.actionDue')} defaultValue={action?.due_on ?? undefined} />
              </div>
              <label className="checkbox">
                <input type="checkbox" name={`actions.${id}.done`} defaultChecked={action?.done ?? false} />
                <span>{t('partners.actionDone')}</span>
              </label>
              {rows.length > 1 ? (
                <Button className="button button--quiet button--small" onPress={() => remove(id)}>
                  {t('partners.removeAction', { n })}
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        <div>
          <Button className="button button--secondary button--small" onPress={add}>
            {t('partners.addAction')}
          </Button>
        </div>
      </fieldset>
      <TextInput name="review_on" type="date" label={`${t('partners.reviewOn')} ${t('common.optional')}`} defaultValue={s.review_on ?? undefined} />
      <div className="form__actions">
        <SubmitButton isPending={mutation.isPending}>{t('partners.saveStrategy')}</SubmitButton>
      </div>
      {saved ? <Notice tone="success">{t('partners.strategySaved')}</Notice> : null}
      {/* Beside the save button, where the answer to the choice arrives. */}
      <StrategyWarnings strategy={s} />
    </ValidatedForm>
  );
}

/** Invest moves up or left (up when nothing was picked); the others left or nowhere. */
function directionFrom(strategy: Strategy, value: string | undefined): StrategyDirection | null {
  if (strategy === 'invest') return value === 'left' ? 'left' : 'up';
  return value === 'left' ? 'left' : null;
}

function ChosenView({ strategy: s }: { strategy: PartnerStrategy }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!s.strategy) return <p className="empty">{t('partners.noChosenStrategy')}</p>;
  return (
    <div className="strategy__chosen">
      <p className="strategy__label">{t('partners.chosenStrategy')}</p>
      <p className="strategy__name">
        {t(`partners.strategies.${s.strategy}`)}
        {s.direction ? ` — ${t(`partners.directions.${s.direction}`)}` : ''}
      </p>
      {s.reason ? <p className="prose pre-line">{s.reason}</p> : null}
      {s.actions.length > 0 ? (
        <>
          <h3 className="strategy__subheading">{t('partners.actions')}</h3>
          <ul className="strategy__actions">
            {s.actions.map((a, index) => (
              <li key={index}>
                {a.kind && a.kind !== 'free' ? (
                  <>
                    <Badge tone="accent">{t(`partners.actionKinds.${a.kind}`)}</Badge>{' '}
                  </>
                ) : null}
                {a.description}
                {a.owner_name ? ` — ${a.owner_name}` : ''}
                {a.due_on ? ` · ${t('stakeholders.due', { date: formatDate(a.due_on, locale) })}` : ''}{' '}
                {a.done ? <Badge tone="success">{t('stakeholders.done')}</Badge> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="muted">
        {s.review_on ? t('partners.reviewOnValue', { date: formatDate(s.review_on, locale) }) : t('partners.noReviewDate')}
      </p>
    </div>
  );
}

function History({ strategy: s }: { strategy: PartnerStrategy }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (s.history.length === 0) return null;
  // Newest first on screen; the API gives them oldest first.
  const changes = [...s.history].reverse();
  return (
    <section className="strategy__history" aria-labelledby={`strategy-history-${s.partner_id}`}>
      <h3 id={`strategy-history-${s.partner_id}`} className="strategy__subheading">
        {t('partners.strategyHistory')}
      </h3>
      <ol className="timeline">
        {changes.map((c, index) => (
          <li key={`${c.changed_at}-${index}`} className="timeline__item">
            <p className="timeline__date">
              <time dateTime={c.changed_at}>{formatDate(c.changed_at, locale)}</time> · {c.changed_by_name}
            </p>
            <p className="timeline__title">
              {t(`partners.strategies.${c.strategy}`)}
              {c.direction ? ` — ${t(`partners.directions.${c.direction}`)}` : ''}
            </p>
            {c.suggested ? (
              <p className="timeline__meta">
                {c.suggested === c.strategy
                  ? t('partners.historyAsSuggested')
                  : t('partners.historyAgainst', { suggested: t(`partners.strategies.${c.suggested}`) })}
              </p>
            ) : null}
            {c.reason ? <p className="timeline__summary">{c.reason}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
