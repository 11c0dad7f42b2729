import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAddOption, useChooseOption, useDeleteOption } from '../../api/agreements';
import type { AgreementRead, GovernanceModel, OptionKind, AgreementOptionRead } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';
import { GOVERNANCE_MODELS, MAX_OPTIONS, MIN_OPTIONS, pointsOf } from './labels';

interface Props {
  coalitionId: string;
  agreement: AgreementRead;
  canManage: boolean;
}

/** Content options (step 6) and governance options (step 7), each with the choice and why. */
export function OptionsPanel({ coalitionId, agreement, canManage }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel stack" aria-labelledby="options-heading">
      <div>
        <h2 id="options-heading">{t('agreements.optionsHeading')}</h2>
        <p className="muted">{t('agreements.optionsIntro')}</p>
      </div>
      {canManage && agreement.version.sent_for_signature_at !== null ? (
        <Notice>{t('agreements.optionsResetWarning', { number: agreement.current_version, next: agreement.current_version + 1 })}</Notice>
      ) : null}
      {(['content', 'governance'] as const).map((kind) => (
        <OptionGroup key={kind} kind={kind} coalitionId={coalitionId} agreement={agreement} canManage={canManage} />
      ))}
    </section>
  );
}

function OptionGroup({ kind, coalitionId, agreement, canManage }: Props & { kind: OptionKind }) {
  const { t } = useTranslation();
  const options = agreement.options.filter((o) => o.kind === kind);
  const choice = agreement.choices.find((c) => c.kind === kind);
  const [choosing, setChoosing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const remove = useDeleteOption(coalitionId, agreement.id);
  const choosable = options.length >= MIN_OPTIONS && options.length <= MAX_OPTIONS;
  const headingId = `options-${kind}`;
  return (
    <div className="option-group" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`agreements.kinds.${kind}`)}</h3>
      <p className="field__description">{t(`agreements.kindHint.${kind}`)}</p>
      {options.length === 0 ? <p className="empty">{t('agreements.noOptions')}</p> : null}
      <ul className="option-list">
        {options.map((option) => (
          <li key={option.id} className={option.chosen ? 'option-card option-card--chosen' : 'option-card'} data-option={option.title}>
            <OptionBody option={option} />
            {canManage ? (
              <div className="button-row">
                {!option.chosen && choosable ? (
                  <Button className="button button--secondary button--small" onPress={() => setChoosing(option.id)}>
                    {t('agreements.choose')}
                  </Button>
                ) : null}
                <Button
                  className="button button--quiet button--small"
                  isPending={remove.isPending && remove.variables === option.id}
                  onPress={() => remove.mutate(option.id)}
                  aria-label={`${t('agreements.removeOption')}: ${option.title}`}
                >
                  {t('agreements.removeOption')}
                </Button>
              </div>
            ) : null}
            {choosing === option.id ? (
              <ChoiceForm
                coalitionId={coalitionId}
                agreementId={agreement.id}
                option={option}
                onDone={() => setChoosing(null)}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {choice ? (
        <p className="option-choice">
          <strong>{t('agreements.choice', { title: choice.option_title })}</strong>
          <br />
          <span className="muted">{t('agreements.reason')}: </span>
          {choice.reason}
        </p>
      ) : null}
      {canManage && options.length > 0 && !choosable ? (
        <p className="field__description">{options.length < MIN_OPTIONS ? t('agreements.tooFew') : t('agreements.tooMany')}</p>
      ) : null}
      {canManage ? (
        adding ? (
          <AddOptionForm kind={kind} coalitionId={coalitionId} agreementId={agreement.id} onDone={() => setAdding(false)} />
        ) : (
          <Button className="button button--secondary button--small" onPress={() => setAdding(true)}>
            {t('agreements.addOption')}
          </Button>
        )
      ) : null}
    </div>
  );
}

function OptionBody({ option }: { option: AgreementOptionRead }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="option-card__title">
        <span>{option.title}</span>
        {option.chosen ? <Badge tone="success">{t('agreements.chosen')}</Badge> : null}
      </p>
      {option.governance_model ? <p className="option-card__model">{t(`agreements.models.${option.governance_model}`)}</p> : null}
      {option.description ? <p className="prose">{option.description}</p> : null}
      {option.pros.length > 0 || option.cons.length > 0 ? (
        <div className="option-card__points">
          {option.pros.length > 0 ? (
            <div>
              <p className="option-card__label">{t('agreements.pros')}</p>
              <ul>
                {option.pros.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {option.cons.length > 0 ? (
            <div>
              <p className="option-card__label">{t('agreements.cons')}</p>
              <ul>
                {option.cons.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

function ChoiceForm({ coalitionId, agreementId, option, onDone }: { coalitionId: string; agreementId: string; option: AgreementOptionRead; onDone: () => void }) {
  const { t } = useTranslation();
  const choose = useChooseOption(coalitionId, agreementId);
  const errors = useFormErrors(choose.error, ['reason', 'option_id']);
  const checks = useMemo(() => ({ reason: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <div className="option-card__form">
      <ValidatedForm
        form={form}
        onValid={(values) =>
          choose.mutate({ kind: option.kind, option_id: option.id, reason: (values.reason ?? '').trim() }, { onSuccess: onDone })
        }
      >
        <FormAlert message={errors.general ?? errors.fields.option_id ?? null} />
        <TextAreaInput name="reason" label={t('agreements.chooseHeading', { title: option.title })} description={t('agreements.reasonHint')} rows={3} required />
        <div className="button-row">
          <SubmitButton isPending={choose.isPending}>{t('agreements.confirmChoice')}</SubmitButton>
          <Button className="button button--quiet" onPress={onDone}>
            {t('agreements.cancelEdit')}
          </Button>
        </div>
      </ValidatedForm>
    </div>
  );
}

function AddOptionForm({ kind, coalitionId, agreementId, onDone }: { kind: OptionKind; coalitionId: string; agreementId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddOption(coalitionId, agreementId);
  const errors = useFormErrors(add.error, ['title', 'description', 'governance_model', 'pros', 'cons']);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const models = GOVERNANCE_MODELS.map((m) => ({ id: m, label: t(`agreements.models.${m}`) }));
  return (
    <div className="option-group__add">
      <ValidatedForm
        form={form}
        onValid={(values, element) =>
          add.mutate(
            {
              kind,
              title: (values.title ?? '').trim(),
              description: (values.description ?? '').trim(),
              governance_model: kind === 'governance' && values.governance_model ? (values.governance_model as GovernanceModel) : null,
              pros: pointsOf(values.pros ?? ''),
              cons: pointsOf(values.cons ?? ''),
            },
            {
              onSuccess: () => {
                element.reset();
                onDone();
              },
            },
          )
        }
      >
        <FormAlert message={errors.general} />
        <TextInput name="title" label={t('agreements.optionTitle')} required />
        {kind === 'governance' ? <SelectInput name="governance_model" label={t('agreements.model')} options={models} /> : null}
        <TextAreaInput name="description" label={t('agreements.description')} rows={3} />
        <div className="option-group__points">
          <TextAreaInput name="pros" label={t('agreements.prosField')} rows={3} />
          <TextAreaInput name="cons" label={t('agreements.consField')} rows={3} />
        </div>
        <div className="button-row">
          <SubmitButton isPending={add.isPending}>{t('agreements.addOption')}</SubmitButton>
          <Button className="button button--quiet" onPress={onDone}>
            {t('agreements.cancelEdit')}
          </Button>
        </div>
      </ValidatedForm>
    </div>
  );
}
