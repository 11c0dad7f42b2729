import { useState, type FormEvent } from 'react';
import { Button, FieldError, Input, Label, Switch, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCommitmentLevels, useReplaceCommitmentLevels, useResetCommitmentLevels } from '../../api/meetings';
import type { CommitmentScaleRead, CommitmentScaleUpdate, OrganisationRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors } from '../../lib/useFormErrors';
import { levelText, setCounting } from '../meetings/meetings';
import { MethodRule } from '../ui/MethodRule';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';

interface Props {
  organisation: OrganisationRead;
  canManage: boolean;
}

/**
 * The organisation's commitment scale: the four fixed levels in its own words, and which of
 * them count as commitment. Admins edit it; the others read it.
 */
export function CommitmentLevelsSettings({ organisation, canManage }: Props) {
  const { t } = useTranslation();
  const scale = useCommitmentLevels(organisation.id);
  // Here, not in the form: a saved scale remounts the form with the new words.
  const replace = useReplaceCommitmentLevels(organisation.id);
  const reset = useResetCommitmentLevels(organisation.id);
  const locale = currentLocale();
  return (
    <section className="panel stack" aria-labelledby="commitment-scale-heading">
      <div>
        <h2 id="commitment-scale-heading">{t('method.settings.commitment.heading')}</h2>
        <MethodRule ownedBy={scale.data?.own ? organisation.name : undefined}>{t('method.rules.commitmentScale')}</MethodRule>
        <p className="muted">{t('method.settings.commitment.intro')}</p>
        {scale.data?.saved_at ? <p className="muted">{t('method.settings.savedOn', { date: formatDate(scale.data.saved_at, locale) })}</p> : null}
      </div>
      {scale.isPending ? <Loading /> : null}
      {scale.isError ? <QueryError error={scale.error} /> : null}
      {scale.data ? (
        canManage ? (
          <ScaleForm key={scale.data.saved_at ?? 'vitaal'} scale={scale.data} replace={replace} reset={reset} />
        ) : (
          <ScaleList scale={scale.data} />
        )
      ) : null}
      {replace.isSuccess ? <Notice tone="success">{t('method.settings.commitment.saved')}</Notice> : null}
      {reset.isSuccess ? <Notice tone="success">{t('method.settings.commitment.resetDone')}</Notice> : null}
    </section>
  );
}

function ScaleList({ scale }: { scale: CommitmentScaleRead }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
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
  );
}

interface Draft {
  label: string;
  description: string;
  counts: boolean;
}

interface FormProps {
  scale: CommitmentScaleRead;
  replace: ReturnType<typeof useReplaceCommitmentLevels>;
  reset: ReturnType<typeof useResetCommitmentLevels>;
}

function ScaleForm({ scale, replace, reset }: FormProps) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    scale.levels.map((item) => {
      const { name, hint } = levelText(scale, item.level, t);
      return { label: name, description: hint, counts: item.counts_as_commitment };
    }),
  );
  const [blank, setBlank] = useState<Set<number>>(new Set());
  const fields = scale.levels.flatMap((_, i) => [`levels.${i}.label`, `levels.${i}.description`]);
  const errors = useFormErrors(replace.error ?? reset.error, fields);

  function edit(index: number, change: Partial<Draft>) {
    setDrafts((current) => current.map((draft, i) => (i === index ? { ...draft, ...change } : draft)));
    if ('label' in change) setBlank((current) => new Set([...current].filter((i) => i !== index)));
  }

  function count(index: number, on: boolean) {
    const counts = setCounting(
      drafts.map((draft) => draft.counts),
      index,
      on,
    );
    setDrafts((current) => current.map((draft, i) => ({ ...draft, counts: counts[i] ?? draft.counts })));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const empty = new Set(drafts.flatMap((draft, i) => (draft.label.trim() ? [] : [i])));
    setBlank(empty);
    if (empty.size > 0) return;
    reset.reset();
    replace.mutate({
      // The four levels of the scale read, in their order: the tuple the API asks for.
      levels: scale.levels.map((item, i) => ({
        level: item.level,
        label: drafts[i]?.label.trim() ?? '',
        description: drafts[i]?.description.trim() ?? '',
        counts_as_commitment: drafts[i]?.counts ?? false,
      })) as CommitmentScaleUpdate['levels'],
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormAlert message={errors.general} />
      <ol className="commitment-scale-form">
        {drafts.map((draft, index) => {
          const strongest = index === drafts.length - 1;
          const labelError = blank.has(index) ? t('errors.required') : errors.fields[`levels.${index}.label`];
          return (
            <li key={scale.levels[index]?.level} className="commitment-scale-form__level">
              <fieldset className="fieldset">
                <legend>{t('method.settings.commitment.level', { n: index + 1 })}</legend>
                <TextField className="field" value={draft.label} onChange={(label) => edit(index, { label })} isInvalid={labelError !== undefined} maxLength={80}>
                  <Label className="field__label">{t('method.settings.commitment.label')}</Label>
                  <FieldError className="field__error">{labelError}</FieldError>
                  <Input className="field__input" aria-required />
                </TextField>
                <TextField
                  className="field"
                  value={draft.description}
                  onChange={(description) => edit(index, { description })}
                  isInvalid={errors.fields[`levels.${index}.description`] !== undefined}
                  maxLength={500}
                >
                  <Label className="field__label">{t('method.settings.commitment.description')}</Label>
                  <FieldError className="field__error">{errors.fields[`levels.${index}.description`]}</FieldError>
                  <TextArea className="field__input field__input--area" rows={2} />
                </TextField>
                <Switch className="switch" isSelected={draft.counts} isDisabled={strongest} onChange={(on) => count(index, on)}>
                  <span className="switch__track" aria-hidden="true">
                    <span className="switch__thumb" />
                  </span>
                  {t('method.settings.commitment.counts')}
                </Switch>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Text className="field__description">{t('method.settings.commitment.countsHint')}</Text>
      <p className="muted">{t('method.settings.commitment.renameNote')}</p>
      <div className="form__actions">
        <SubmitButton isPending={replace.isPending}>{t('method.settings.commitment.save')}</SubmitButton>
        {scale.own ? (
          <Button
            className="button button--secondary"
            isPending={reset.isPending}
            onPress={() => {
              replace.reset();
              reset.mutate();
            }}
          >
            {t('method.settings.commitment.reset')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
