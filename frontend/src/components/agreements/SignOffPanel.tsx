import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSendForSignature, useSignAgreement, useUpdateAgreement } from '../../api/agreements';
import { useCoalitionPartners } from '../../api/partners';
import { generalMessage } from '../../api/problem';
import type { AgreementRead, FoundingRead, PartyRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { FormAlert, Notice } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { statusTone } from './labels';
import { PartyChecklist } from './PartyChecklist';

interface Props {
  coalitionId: string;
  agreement: AgreementRead;
  canManage: boolean;
  /** The founding, when the coalition was founded on this agreement. */
  founding: FoundingRead | null;
}

/**
 * Per party: who signed which version, and a button for members of that organisation; on the
 * agreement the coalition was founded on, who founded it and who stays a potential partner.
 */
export function SignOffPanel({ coalitionId, agreement, canManage, founding }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const send = useSendForSignature(coalitionId, agreement.id);
  const sign = useSignAgreement(coalitionId, agreement.id);
  const [signed, setSigned] = useState<string | null>(null);
  const number = agreement.current_version;
  const version = agreement.version;
  const error = send.error ?? sign.error;
  return (
    <section className="panel stack agreement-sign" aria-labelledby="sign-heading">
      <div>
        <h2 id="sign-heading">{t('agreements.signHeading')}</h2>
        <p className="muted">{t('agreements.signIntro')}</p>
      </div>
      <p className="card__badges agreement-badges">
        <Badge tone={statusTone(agreement.status)}>{t(`agreements.statuses.${agreement.status}`)}</Badge>
        <Badge tone="muted">{t('agreements.version', { number })}</Badge>
      </p>
      {founding ? <p className="founding-rule">{t('agreements.foundingAgreementNote', { number: founding.version_number })}</p> : null}
      {signed ? <Notice tone="success">{signed}</Notice> : null}
      <FormAlert message={error ? generalMessage(error, t) : null} />
      {version.sent_for_signature_at === null ? (
        <div className="stack stack--tight">
          <p>{t('agreements.draftNote', { number })}</p>
          {agreement.signing_parties === 0 ? <p className="muted">{t('agreements.noSigningParties')}</p> : null}
          {canManage && agreement.signing_parties > 0 ? (
            <div>
              <Button className="button button--primary" isPending={send.isPending} onPress={() => send.mutate(number)}>
                {t('agreements.send', { number })}
              </Button>
            </div>
          ) : null}
        </div>
      ) : (
        <p className="muted">
          {t('agreements.sent', { date: formatDate(version.sent_for_signature_at, locale), name: version.sent_by_name ?? '' })}
        </p>
      )}
      {canManage ? <PartiesEditor coalitionId={coalitionId} agreement={agreement} /> : null}
      <ul className="party-list">
        {agreement.parties.map((party) => (
          <Party
            key={party.partner_id}
            party={party}
            standing={founding ? standingAtFounding(founding, party.partner_id) : null}
            number={number}
            canSign={party.you_may_sign && version.sent_for_signature_at !== null && party.current_sign_off === null}
            pending={sign.isPending && sign.variables?.partner_id === party.partner_id}
            onSign={() =>
              sign.mutate(
                { partner_id: party.partner_id, version: number },
                { onSuccess: () => setSigned(t('agreements.signedNotice', { organisation: party.name, number })) },
              )
            }
          />
        ))}
      </ul>
      {agreement.status === 'signed' ? (
        <p className="agreement-sign__done">{t('agreements.allSigned', { number })}</p>
      ) : agreement.status === 'out_for_signature' && agreement.not_signed.length > 0 ? (
        <p>{t('agreements.stillToSign', { names: agreement.not_signed.join(', ') })}</p>
      ) : null}
    </section>
  );
}

/** A party's place in the founding: a founding partner, a potential one, or neither (added later). */
function standingAtFounding(founding: FoundingRead, partnerId: string): 'founder' | 'potential' | null {
  if (founding.founding_partners.some((p) => p.partner_id === partnerId)) return 'founder';
  if (founding.potential_partners.some((p) => p.partner_id === partnerId)) return 'potential';
  return null;
}

interface PartyProps {
  party: PartyRead;
  standing: 'founder' | 'potential' | null;
  number: number;
  canSign: boolean;
  pending: boolean;
  onSign: () => void;
}

function Party({ party, standing, number, canSign, pending, onSign }: PartyProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const current = party.current_sign_off;
  const earlier = party.earlier_sign_offs[0];
  return (
    <li className="party-list__item" data-party={party.name}>
      <div className="party-list__main">
        <span className="party-list__name">
          {party.name}{' '}
          {standing ? <Badge tone={standing === 'founder' ? 'success' : 'muted'}>{t(`agreements.standing.${standing}`)}</Badge> : null}
        </span>
        <span className={current ? 'party-list__state party-list__state--signed' : 'party-list__state'}>
          {current
            ? t('agreements.signedBy', { name: current.user_name, date: formatDate(current.signed_at, locale) })
            : party.signs_in_vitaal
              ? t('agreements.notSigned')
              : t('agreements.onPaper')}
        </span>
        {earlier ? (
          <span className="party-list__earlier">
            {t('agreements.earlier', { number: earlier.version_number, name: earlier.user_name })}
          </span>
        ) : null}
      </div>
      {canSign ? (
        <Button className="button button--secondary button--small" isPending={pending} onPress={onSign}>
          {t('agreements.signFor', { number, organisation: party.name })}
        </Button>
      ) : null}
    </li>
  );
}

/** A coordinator changes who is party; sign-offs already given stay recorded. */
function PartiesEditor({ coalitionId, agreement }: { coalitionId: string; agreement: AgreementRead }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const partners = useCoalitionPartners(coalitionId);
  const update = useUpdateAgreement(coalitionId, agreement.id);
  const [selected, setSelected] = useState<Set<string>>(() => new Set(agreement.parties.map((p) => p.partner_id)));
  if (!open) {
    return (
      <div>
        <Button
          className="button button--quiet button--small"
          onPress={() => {
            setSelected(new Set(agreement.parties.map((p) => p.partner_id)));
            setOpen(true);
          }}
        >
          {t('agreements.editParties')}
        </Button>
      </div>
    );
  }
  return (
    <div className="stack stack--tight agreement-sign__parties">
      {partners.isError ? <QueryError error={partners.error} /> : null}
      {partners.data ? <PartyChecklist partners={partners.data} selected={selected} onChange={setSelected} /> : null}
      <FormAlert message={update.error ? generalMessage(update.error, t) : null} />
      <div className="button-row">
        <Button
          className="button button--primary button--small"
          isPending={update.isPending}
          onPress={() => update.mutate({ party_ids: [...selected] }, { onSuccess: () => setOpen(false) })}
        >
          {t('agreements.saveParties')}
        </Button>
        <Button className="button button--quiet button--small" onPress={() => setOpen(false)}>
          {t('agreements.cancelEdit')}
        </Button>
      </div>
    </div>
  );
}
