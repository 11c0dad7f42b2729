import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMeeting } from '../api/meetings';
import { useCoalitionWorkspace } from '../components/coalitions/CoalitionLayout';
import { CoalitionSectionHeader } from '../components/coalitions/CoalitionSection';
import { AgendaPanel } from '../components/meetings/AgendaPanel';
import { CommitmentPanel } from '../components/meetings/CommitmentPanel';
import { InviteesPanel } from '../components/meetings/InviteesPanel';
import { MeetingDetailsForm } from '../components/meetings/MeetingDetailsForm';
import { MinutesPanel } from '../components/meetings/MinutesPanel';
import { OutcomesPanel } from '../components/meetings/OutcomesPanel';
import { Loading } from '../components/ui/misc';
import { PageError } from '../components/ui/QueryError';
import { currentLocale } from '../i18n';
import { formatDateTime } from '../lib/format';
import '../styles/meetings.css';

const SECTIONS = ['agenda', 'commitment', 'outcomes', 'minutes', 'invitees'] as const;

/**
 * /coalitions/:id/meetings/:meetingId — the meeting as the chair runs it on a tablet: the
 * agenda, commitment per partner with big buttons, decisions and next steps, the minutes.
 */
export function MeetingPage() {
  const { coalitionId = '', meetingId = '' } = useParams();
  const { t } = useTranslation();
  const locale = currentLocale();
  const { coalition: c } = useCoalitionWorkspace();
  const meeting = useMeeting(coalitionId, meetingId);
  const [editing, setEditing] = useState(false);

  if (meeting.isPending) return <Loading />;
  if (meeting.isError) return <PageError error={meeting.error} />;
  const m = meeting.data;
  const canManage = c.can_manage;

  return (
    <>
      <CoalitionSectionHeader
        coalition={c}
        title={m.title}
        shows={['meetings']}
        eyebrow={
          <Link to={`/coalitions/${c.id}/meetings`} className="page-header__link">
            {t('meetings.backTo', { coalition: c.name })}
          </Link>
        }
      >
        <p className="meeting-badges">
          <span className="badge badge--neutral">{t(`meetings.types.${m.type}`)}</span>
          <span className={`badge ${m.status === 'held' ? 'badge--success' : 'badge--muted'}`}>{t(`meetings.statuses.${m.status}`)}</span>
        </p>
        <dl className="facts facts--compact">
          <div>
            <dt>{t('meetings.when')}</dt>
            <dd>
              {formatDateTime(m.starts_at, locale)}
              {m.ends_at ? ` – ${formatDateTime(m.ends_at, locale)}` : ''}
            </dd>
          </div>
          {m.place ? (
            <div>
              <dt>{t('meetings.place')}</dt>
              <dd>{m.place}</dd>
            </div>
          ) : null}
          {m.link ? (
            <div>
              <dt>{t('meetings.link')}</dt>
              <dd>
                <a href={m.link} target="_blank" rel="noreferrer" className="break">
                  {m.link}
                </a>
              </dd>
            </div>
          ) : null}
          {m.chair_name ? (
            <div>
              <dt>{t('meetings.chair')}</dt>
              <dd>{m.chair_name}</dd>
            </div>
          ) : null}
        </dl>
        {canManage && !editing ? (
          <Button className="button button--secondary touch" onPress={() => setEditing(true)}>
            {t('meetings.editDetails')}
          </Button>
        ) : null}
      </CoalitionSectionHeader>
      {editing ? <MeetingDetailsForm coalitionId={c.id} meeting={m} onDone={() => setEditing(false)} /> : null}
      <nav aria-label={t('meetings.sections')} className="section-nav">
        <ul className="section-nav__list">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} className="section-nav__link">
                {t(`meetings.section.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="meeting-layout">
        <AgendaPanel coalitionId={c.id} meeting={m} canManage={canManage} />
        <CommitmentPanel coalitionId={c.id} meeting={m} canManage={canManage} />
        <OutcomesPanel coalitionId={c.id} meeting={m} canManage={canManage} />
        <MinutesPanel coalitionId={c.id} meeting={m} canManage={canManage} />
        <InviteesPanel coalitionId={c.id} meeting={m} canManage={canManage} />
      </div>
    </>
  );
}
