import { Link, useParams } from 'react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMeetings } from '../api/meetings';
import { useCoalitionWorkspace } from '../components/coalitions/CoalitionLayout';
import { CoalitionSectionHeader } from '../components/coalitions/CoalitionSection';
import { CommitmentSummary } from '../components/meetings/CommitmentSummary';
import { NewMeetingForm } from '../components/meetings/NewMeetingForm';
import { Loading } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import { currentLocale } from '../i18n';
import { formatDateTime } from '../lib/format';
import '../styles/meetings.css';

/** /coalitions/:id/meetings — exploration, start and regular meetings, and where partners stand. */
export function MeetingsPage() {
  const { coalitionId = '' } = useParams();
  const { t } = useTranslation();
  const locale = currentLocale();
  const { coalition: c } = useCoalitionWorkspace();
  const meetings = useMeetings(coalitionId);

  const title = t('meetings.title');
  const items = meetings.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <CoalitionSectionHeader coalition={c} title={title} shows={['meetings']}>
        <p className="lead">{t('meetings.intro')}</p>
      </CoalitionSectionHeader>
      <div className="grid grid--two">
        <div className="stack">
          <section className="panel" aria-labelledby="meetings-heading">
            <h2 id="meetings-heading">{t('meetings.listHeading')}</h2>
            {meetings.isPending ? <Loading /> : null}
            {meetings.isError ? <QueryError error={meetings.error} /> : null}
            {meetings.data && items.length === 0 ? (
              <p className="empty">{c.can_manage ? t('meetings.emptyManage') : t('meetings.empty')}</p>
            ) : null}
            <ul className="item-list">
              {items.map((meeting) => (
                <li key={meeting.id} className="item-list__item">
                  <div className="item-list__main">
                    <Link to={`/coalitions/${c.id}/meetings/${meeting.id}`} className="item-list__title">
                      {meeting.title}
                    </Link>
                    <span className="item-list__meta">
                      {formatDateTime(meeting.starts_at, locale)}
                      {meeting.place ? ` · ${meeting.place}` : ''}
                    </span>
                    <span className="item-list__meta">
                      {t('meetings.listFacts', { invitees: meeting.invitees, steps: meeting.open_next_steps })}
                    </span>
                  </div>
                  <span className="meeting-badges">
                    <span className="badge badge--neutral">{t(`meetings.types.${meeting.type}`)}</span>
                    <span className={`badge ${meeting.status === 'held' ? 'badge--success' : 'badge--muted'}`}>{t(`meetings.statuses.${meeting.status}`)}</span>
                  </span>
                </li>
              ))}
            </ul>
            {meetings.hasNextPage ? (
              <Button className="button button--secondary" onPress={() => void meetings.fetchNextPage()} isPending={meetings.isFetchingNextPage}>
                {t('meetings.more')}
              </Button>
            ) : null}
          </section>
          {c.can_manage ? <NewMeetingForm coalitionId={c.id} /> : null}
        </div>
        <CommitmentSummary coalitionId={c.id} />
      </div>
    </>
  );
}
