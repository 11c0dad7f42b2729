import { useId, useState } from 'react';
import { Button, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCommitmentSummary, useRecordCommitment } from '../../api/meetings';
import { useCoalitionPartners } from '../../api/partners';
import type { CommitmentLevel, CommitmentScaleRead, MeetingRead, PartnerCommitment, PartnerRead } from '../../client/types.gen';
import { useFormErrors } from '../../lib/useFormErrors';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { CommitmentScale } from './CommitmentScale';
import { COMMITMENT_LEVELS, latestPerPartner, levelText } from './meetings';

interface Props {
  coalitionId: string;
  meeting: MeetingRead;
  canManage: boolean;
}

/**
 * Determining commitment (step 5): per partner the chair picks a level with one tap and notes
 * what still needs talking about. Every determination is kept; the latest counts.
 */
export function CommitmentPanel({ coalitionId, meeting, canManage }: Props) {
  const { t } = useTranslation();
  const partners = useCoalitionPartners(coalitionId);
  const summary = useCommitmentSummary(coalitionId);
  const here = latestPerPartner(meeting.commitments);
  const current = new Map((summary.data?.partners ?? []).map((p) => [p.partner_id, p]));

  return (
    <section className="panel" aria-labelledby="commitment-heading" id="commitment">
      <h2 id="commitment-heading">{t('meetings.commitmentHeading')}</h2>
      <p className="muted">{t('meetings.commitmentIntro')}</p>
      <CommitmentScale scale={summary.data?.scale} />
      {partners.isPending ? <Loading /> : null}
      {partners.isError ? <QueryError error={partners.error} /> : null}
      {partners.data && partners.data.length === 0 ? <p className="empty">{t('meetings.noPartners')}</p> : null}
      <ul className="commitment-list">
        {(partners.data ?? []).map((partner) => (
          <CommitmentCard
            key={partner.id}
            coalitionId={coalitionId}
            meetingId={meeting.id}
            partner={partner}
            here={here.get(partner.id)?.level ?? null}
            points={here.get(partner.id)?.points_to_discuss ?? current.get(partner.id)?.points_to_discuss ?? ''}
            overall={current.get(partner.id) ?? null}
            scale={summary.data?.scale}
            canManage={canManage}
          />
        ))}
      </ul>
    </section>
  );
}

interface CardProps {
  coalitionId: string;
  meetingId: string;
  partner: PartnerRead;
  /** Determined at this meeting, if it was. */
  here: CommitmentLevel | null;
  points: string;
  overall: PartnerCommitment | null;
  /** The scale in force, for the levels' names. */
  scale: CommitmentScaleRead | undefined;
  canManage: boolean;
}

function CommitmentCard({ coalitionId, meetingId, partner, here, points, overall, scale, canManage }: CardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const record = useRecordCommitment(coalitionId, meetingId);
  const errors = useFormErrors(record.error, ['level', 'points_to_discuss']);
  const [level, setLevel] = useState<CommitmentLevel | null>(here ?? overall?.level ?? null);
  const [notes, setNotes] = useState(points);
  const [saved, setSaved] = useState(false);
  const shown = here ?? overall?.level ?? null;
  const name = (value: CommitmentLevel) => levelText(scale, value, t).name;

  function save() {
    if (!level) return;
    setSaved(false);
    record.mutate({ partner_id: partner.id, level, points_to_discuss: notes }, { onSuccess: () => setSaved(true) });
  }

  return (
    <li className="commitment-card" data-partner={partner.name}>
      <div className="commitment-card__header">
        <h3 id={headingId} className="commitment-card__name">
          {partner.name}
        </h3>
        <span className={`badge commitment-badge commitment-badge--${shown ?? 'none'}`}>
          {shown ? name(shown) : t('meetings.undetermined')}
          {shown && !here ? ` ${t('meetings.earlier')}` : ''}
        </span>
      </div>
      {canManage ? (
        <>
          <RadioGroup
            aria-labelledby={headingId}
            className="level-choice"
            orientation="horizontal"
            value={level}
            onChange={(value) => {
              setSaved(false);
              setLevel(value as CommitmentLevel);
            }}
          >
            {COMMITMENT_LEVELS.map((id) => (
              <Radio key={id} value={id} className={`level-choice__option level-choice__option--${id}`}>
                {name(id)}
              </Radio>
            ))}
          </RadioGroup>
          <TextField className="field" value={notes} onChange={setNotes}>
            <Label className="field__label">{t('meetings.pointsToDiscuss')}</Label>
            <TextArea className="field__input field__input--area" rows={2} />
          </TextField>
          <div className="touch-row">
            <Button
              className="button button--primary touch"
              aria-label={t('meetings.recordCommitment', { name: partner.name })}
              isDisabled={!level}
              isPending={record.isPending}
              onPress={save}
            >
              {t('meetings.record')}
            </Button>
            <p role="status" className="commitment-card__status">
              {saved ? t('meetings.commitmentSaved', { name: partner.name, level: name(level ?? 'exploring') }) : ''}
            </p>
          </div>
          {errors.general ? (
            <p role="alert" className="field__error">
              {errors.general}
            </p>
          ) : null}
        </>
      ) : points ? (
        <p className="muted">{t('meetings.stillToDiscuss', { points })}</p>
      ) : null}
    </li>
  );
}
