import { useState } from 'react';
import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCoalitionMembers, useSetCoreTeam } from '../../api/coalitions';
import { formErrors } from '../../api/problem';
import type { CoalitionMember } from '../../api/types';
import type { CoalitionRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { FormAlert, Loading, Notice } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';

/**
 * The member organisations with their role and whether they are in the core team; the
 * coordinator puts a partner organisation in the core team or takes it out.
 */
export function MembersPanel({ coalition }: { coalition: CoalitionRead }) {
  const { t } = useTranslation();
  const members = useCoalitionMembers(coalition.id);
  const setCoreTeam = useSetCoreTeam(coalition.id);
  const [done, setDone] = useState<string | null>(null);
  const locale = currentLocale();
  // A 422 on body.core_team says why (an observer); it has no field here to stand next to.
  const failure = setCoreTeam.error ? formErrors(setCoreTeam.error, [], t).general : null;
  function toggle(member: CoalitionMember, coreTeam: boolean) {
    setDone(null);
    setCoreTeam.mutate(
      { organisationId: member.organisation_id, coreTeam },
      {
        onSuccess: () =>
          setDone(t(coreTeam ? 'visibility.coreTeam.added' : 'visibility.coreTeam.removed', { organisation: member.organisation_name })),
      },
    );
  }
  return (
    <section className="panel" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('coalition.members')}</h2>
      {members.isPending ? <Loading /> : null}
      {members.isError ? <QueryError error={members.error} /> : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      <FormAlert message={failure} />
      {members.data ? (
        <ul className="item-list">
          {members.data.items.map((member) => (
            <li key={member.organisation_id} className="item-list__item member-item" data-member={member.organisation_name}>
              <div className="item-list__main">
                <span className="item-list__title">{member.organisation_name}</span>
                <span className="item-list__meta">
                  {t(`organisation.kinds.${member.organisation_kind}`)} · {t('common.joined', { date: formatDate(member.joined_at, locale) })}
                </span>
              </div>
              <span className="card__badges">
                <Badge tone={member.role === 'coordinator' ? 'accent' : 'neutral'}>{t(`coalition.roles.${member.role}`)}</Badge>
                {member.core_team ? <Badge tone="success">{t('visibility.coreTeam.badge')}</Badge> : null}
              </span>
              {coalition.can_manage && member.role === 'partner' ? (
                <Switch
                  className="switch member-item__core"
                  isSelected={member.core_team}
                  isDisabled={setCoreTeam.isPending}
                  onChange={(selected) => toggle(member, selected)}
                  aria-label={t('visibility.coreTeam.switchLabel', { organisation: member.organisation_name })}
                >
                  <span className="switch__track" aria-hidden="true">
                    <span className="switch__thumb" />
                  </span>
                  {t('visibility.coreTeam.switch')}
                </Switch>
              ) : null}
              {coalition.can_manage && member.role === 'observer' ? (
                <span className="item-list__meta member-item__core">{t('visibility.coreTeam.observer')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
