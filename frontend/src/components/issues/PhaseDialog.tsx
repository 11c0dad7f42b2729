import { useMemo } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useChangePhase } from '../../api/issues';
import type { IssuePhase, IssueRead } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { PHASES } from './issues';

interface Props {
  organisationId: string;
  issue: IssueRead | null;
  onClose: () => void;
  onMoved: (issue: IssueRead) => void;
}

/** Move an issue to any other phase (forward, back or skipping); the reason is asked and kept. */
export function PhaseDialog({ organisationId, issue, onClose, onMoved }: Props) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen={issue !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="modal">
        <Dialog className="dialog">{issue ? <PhaseForm organisationId={organisationId} issue={issue} onClose={onClose} onMoved={onMoved} /> : null}</Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function PhaseForm({ organisationId, issue, onClose, onMoved }: Props & { issue: IssueRead }) {
  const { t } = useTranslation();
  const mutation = useChangePhase(organisationId);
  const errors = useFormErrors(mutation.error, ['phase', 'reason']);
  const checks = useMemo(() => ({ reason: required(t('issues.reasonRequired')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const others = PHASES.filter((phase) => phase !== issue.phase);
  const next = PHASES[PHASES.indexOf(issue.phase) + 1] ?? others[0];

  function submit(values: Record<string, string>) {
    mutation.mutate(
      { issueId: issue.id, body: { phase: (values.phase || next) as IssuePhase, reason: (values.reason ?? '').trim() } },
      {
        onSuccess: (moved) => {
          onMoved(moved);
          onClose();
        },
      },
    );
  }

  return (
    <>
      <Heading slot="title" className="dialog__title">
        {t('issues.moveTitle', { title: issue.title })}
      </Heading>
      <p className="field__description">{t('issues.moveIntro', { phase: t(`issues.phases.${issue.phase}`) })}</p>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <SelectInput name="phase" label={t('issues.newPhase')} defaultSelectedKey={next} options={others.map((id) => ({ id, label: t(`issues.phases.${id}`) }))} />
        <TextAreaInput name="reason" label={t('issues.reason')} description={t('issues.reasonHint')} rows={3} required />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('issues.moveSubmit')}</SubmitButton>
          <Button className="button button--secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </ValidatedForm>
    </>
  );
}
