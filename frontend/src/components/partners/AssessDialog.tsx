import { useMemo, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAssessPartner } from '../../api/partners';
import type { PartnerMatrixEntry } from '../../api/types';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { NumberInput, TextAreaInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { assess, SCORE_MAX, SCORE_MIN, type Line } from './matrix';

interface Props {
  coalitionId: string;
  entry: PartnerMatrixEntry | null;
  line: Line;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** A modal dialog to score one partner: influence and dependency 0–10, and why. */
export function AssessDialog({ coalitionId, entry, line, onClose, onSaved }: Props) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen={entry !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="modal">
        <Dialog className="dialog">
          {entry ? <AssessForm coalitionId={coalitionId} entry={entry} line={line} onClose={onClose} onSaved={onSaved} /> : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function AssessForm({ coalitionId, entry, line, onClose, onSaved }: Props & { entry: PartnerMatrixEntry }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mutation = useAssessPartner(coalitionId);
  const errors = useFormErrors(mutation.error, ['influence', 'dependency', 'rationale']);
  const checks = useMemo(() => ({ influence: required(t('errors.required')), dependency: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const start = entry.position ?? { influence: 5, dependency: 5 };
  const [influence, setInfluence] = useState<number>(start.influence);
  const [dependency, setDependency] = useState<number>(start.dependency);
  const preview = Number.isFinite(influence) && Number.isFinite(dependency) ? assess(line, { influence, dependency }) : null;
  const name = entry.partner.name;

  function submit(values: Record<string, string>) {
    mutation.mutate(
      {
        partnerId: entry.partner.id,
        influence: Number(values.influence),
        dependency: Number(values.dependency),
        rationale: (values.rationale ?? '').trim(),
      },
      {
        onSuccess: () => {
          onSaved(name);
          onClose();
        },
      },
    );
  }

  return (
    <>
      <Heading slot="title" className="dialog__title">
        {t('partners.assessTitle', { name })}
      </Heading>
      <p className="field__description">{t('partners.assessIntro')}</p>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <div className="form__row">
          <NumberInput
            name="influence"
            label={t('partners.influence')}
            description={t('partners.influenceHint')}
            minValue={SCORE_MIN}
            maxValue={SCORE_MAX}
            step={0.5}
            defaultValue={start.influence}
            onChange={setInfluence}
            required
          />
          <NumberInput
            name="dependency"
            label={t('partners.dependency')}
            description={t('partners.dependencyHint')}
            minValue={SCORE_MIN}
            maxValue={SCORE_MAX}
            step={0.5}
            defaultValue={start.dependency}
            onChange={setDependency}
            required
          />
        </div>
        <TextAreaInput name="rationale" label={`${t('partners.rationale')} ${t('common.optional')}`} rows={3} />
        {preview ? (
          <p className="preview-note" aria-live="polite">
            {t('partners.assessPreview', {
              required: formatNumber(preview.required_influence, locale),
              gap: formatNumber(preview.gap, locale),
              strategy: t(`partners.strategies.${preview.strategy}`),
            })}
          </p>
        ) : null}
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('partners.assessSave')}</SubmitButton>
          <Button className="button button--secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </ValidatedForm>
    </>
  );
}
