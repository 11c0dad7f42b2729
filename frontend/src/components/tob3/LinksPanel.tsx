import { useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCreateLinks, useLinks, useRenewLink, useRevokeLink, type LinkRequest } from '../../api/tob3';
import { formErrors } from '../../api/problem';
import type { LinkCreated, LinkRead, RoundRead, Tob3LinkKind } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { StakeholderPicker, type PickedStakeholder } from '../partners/StakeholderPicker';
import { TextAreaInput, TextInput } from '../ui/fields';
import { CopyLink, FormAlert, Loading, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';
import { linkCounts, memberNames } from './tob3';
import '../../styles/tob3.css';

/**
 * Links for members without an account (admins): one per member organisation, or one open
 * link. A link's address is shown once, when it is made or renewed; the list shows how many
 * members answered through each while the round runs, not what they answered.
 */
export function LinksPanel({ organisationId, round }: { organisationId: string; round: RoundRead }) {
  const { t } = useTranslation();
  const links = useLinks(organisationId, round.id);
  // Addresses exist only in the answer that made them: kept here until the page is left.
  const [fresh, setFresh] = useState<LinkCreated[]>([]);
  const items = links.data?.items ?? [];
  const counts = linkCounts(items);
  const show = (made: LinkCreated[]) => setFresh((current) => [...made, ...current.filter((c) => !made.some((m) => m.id === c.id))]);

  return (
    <section className="panel stack" aria-labelledby="links-heading">
      <h2 id="links-heading">{t('tob3.links.heading')}</h2>
      <p className="muted">{t('tob3.links.intro')}</p>
      {links.isPending ? <Loading /> : null}
      {links.isError ? <QueryError error={links.error} /> : null}
      {items.length > 0 ? (
        <p className="tob3-links__summary" data-testid="link-counts">
          {t('tob3.links.summary', { answered: counts.membersAnswered, members: counts.memberLinks })}
          {counts.openLinks > 0 ? ` · ${t('tob3.links.openSummary', { count: counts.openAnswers })}` : null}
        </p>
      ) : null}
      {fresh.length > 0 ? <FreshLinks links={fresh} /> : null}
      {items.length > 0 ? (
        <ul className="item-list tob3-links" aria-label={t('tob3.links.listLabel')}>
          {items.map((link) => (
            <LinkItem key={link.id} organisationId={organisationId} round={round} link={link} onRenewed={(made) => show([made])} />
          ))}
        </ul>
      ) : links.data ? (
        <p className="empty">{t('tob3.links.none')}</p>
      ) : null}
      {round.is_open ? <NewLinks organisationId={organisationId} roundId={round.id} onMade={show} /> : null}
    </section>
  );
}

function FreshLinks({ links }: { links: LinkCreated[] }) {
  const { t } = useTranslation();
  return (
    <div className="tob3-links__fresh stack" role="region" aria-label={t('tob3.links.freshLabel')}>
      <p className="alert alert--info">{t('tob3.links.showOnce')}</p>
      {links.map((link) => (
        <CopyLink key={link.id} link={link.url} label={link.kind === 'open' ? t('tob3.links.openName') : link.member_name} />
      ))}
    </div>
  );
}

function LinkItem({
  organisationId,
  round,
  link,
  onRenewed,
}: {
  organisationId: string;
  round: RoundRead;
  link: LinkRead;
  onRenewed: (made: LinkCreated) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const renew = useRenewLink(organisationId, round.id);
  const revoke = useRevokeLink(organisationId, round.id);
  const name = link.kind === 'open' ? t('tob3.links.openName') : link.member_name;
  const revoked = link.revoked_at !== null;
  return (
    <li className="item-list__item" data-link={name}>
      <div className="item-list__main">
        <span className="item-list__title">{name}</span>
        <span className="item-list__meta">
          {t('tob3.answers', { count: link.answer_count })}
          {link.last_answer_at ? ` · ${t('tob3.links.lastAnswer', { date: formatDateTime(link.last_answer_at, locale) })}` : null}
          {link.code ? ` · ${t('tob3.links.codeIs', { code: link.code })}` : null}
        </span>
      </div>
      <Badge tone={revoked ? 'muted' : 'success'}>{revoked ? t('tob3.links.revoked') : t('tob3.links.active')}</Badge>
      {round.is_open ? (
        <div className="button-row">
          <Button
            className="button button--secondary button--small"
            aria-label={t('tob3.links.renewOf', { name })}
            isPending={renew.isPending}
            onPress={() => renew.mutate(link.id, { onSuccess: onRenewed })}
          >
            {t('tob3.links.renew')}
          </Button>
          {!revoked ? (
            <Button
              className="button button--secondary button--small"
              aria-label={t('tob3.links.revokeOf', { name })}
              isPending={revoke.isPending}
              onPress={() => revoke.mutate(link.id)}
            >
              {t('tob3.links.revoke')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {renew.isError ? <QueryError error={renew.error} /> : null}
      {revoke.isError ? <QueryError error={revoke.error} /> : null}
    </li>
  );
}

// The server's field errors that have a field here; the others show above the form.
const LINK_FIELDS = ['code', 'stakeholder_id'];

/** Member links for typed names (one a line) and a member from the register, or one open link. */
function NewLinks({ organisationId, roundId, onMade }: { organisationId: string; roundId: string; onMade: (made: LinkCreated[]) => void }) {
  const { t } = useTranslation();
  const create = useCreateLinks(organisationId, roundId);
  const [kind, setKind] = useState<Tob3LinkKind>('member');
  const [stakeholder, setStakeholder] = useState<PickedStakeholder | null>(null);
  const failed = create.data?.failed ?? [];
  // One link that failed: its message beside its field; of several, a line per member.
  const single = create.variables?.length === 1 ? (failed[0]?.error ?? null) : null;
  const errors = useFormErrors(single, LINK_FIELDS);
  const several = single === null && failed.length > 0 ? failed.map((f) => `${f.label}: ${formErrors(f.error, [], t).general}`).join(' ') : null;
  const form = useValidatedForm(
    {
      member_names: (value) =>
        kind === 'member' && memberNames(value).length === 0 && stakeholder === null ? t('tob3.links.namesRequired') : null,
    },
    errors,
  );

  function requests(values: Record<string, string>): LinkRequest[] {
    if (kind === 'open') return [{ label: t('tob3.links.openName'), body: { kind, code: (values.code ?? '').trim() } }];
    return [
      ...(stakeholder ? [{ label: stakeholder.name, body: { kind, stakeholder_id: stakeholder.id } }] : []),
      ...memberNames(values.member_names ?? '').map((name) => ({ label: name, body: { kind, member_name: name } })),
    ];
  }

  return (
    <div className="tob3-links__new stack" role="region" aria-labelledby="new-links-heading">
      <h3 id="new-links-heading">{t('tob3.links.newHeading')}</h3>
      <ValidatedForm
        form={form}
        onValid={(values, formElement) =>
          create.mutate(requests(values), {
            onSuccess: ({ made, failed: failures }) => {
              if (made.length > 0) onMade(made);
              if (failures.length === 0) {
                formElement.reset();
                setStakeholder(null);
              }
            },
          })
        }
      >
        <FormAlert message={errors.general ?? several} />
        <RadioGroup className="field radio-group" value={kind} onChange={(value) => setKind(value as Tob3LinkKind)}>
          <Label className="field__label">{t('tob3.links.kind')}</Label>
          <Radio value="member" className="radio">
            {t('tob3.links.kindMember')}
          </Radio>
          <Radio value="open" className="radio">
            {t('tob3.links.kindOpen')}
          </Radio>
        </RadioGroup>
        {kind === 'member' ? (
          <>
            <TextAreaInput name="member_names" label={t('tob3.links.names')} description={t('tob3.links.namesHint')} rows={4} />
            <StakeholderPicker
              organisationId={organisationId}
              label={t('tob3.links.fromRegister')}
              description={t('tob3.links.fromRegisterHint')}
              selected={stakeholder}
              onSelect={setStakeholder}
            />
          </>
        ) : (
          <TextInput name="code" label={t('tob3.links.code')} description={t('tob3.links.codeHint')} />
        )}
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('tob3.links.make')}</SubmitButton>
        </div>
      </ValidatedForm>
    </div>
  );
}
