import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useStakeholderInteractions, useStakeholderTimeline } from '../../api/hooks';
import type { Interaction, TimelineEntry } from '../../api/types';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';

/** Interactions and partner assessments, newest first. */
export function Timeline({ organisationId, stakeholderId }: { organisationId: string; stakeholderId: string }) {
  const { t } = useTranslation();
  const timeline = useStakeholderTimeline(organisationId, stakeholderId);
  const interactions = useStakeholderInteractions(organisationId, stakeholderId);
  const byId = new Map((interactions.data?.items ?? []).map((i) => [i.id, i]));
  const entries = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('stakeholders.timeline')}</h2>
      <p className="muted">{t('stakeholders.timelineIntro')}</p>
      {timeline.isPending ? <Loading /> : null}
      {timeline.isError ? <QueryError error={timeline.error} /> : null}
      {timeline.data && entries.length === 0 ? <p className="empty">{t('stakeholders.timelineEmpty')}</p> : null}
      {entries.length > 0 ? (
        <ol className="timeline">
          {entries.map((entry) => (
            <TimelineItem key={`${entry.kind}-${entry.id}`} entry={entry} interaction={entry.kind === 'interaction' ? byId.get(entry.id) : undefined} />
          ))}
        </ol>
      ) : null}
      {timeline.hasNextPage ? (
        <Button className="button button--secondary" onPress={() => timeline.fetchNextPage()} isPending={timeline.isFetchingNextPage}>
          {t('stakeholders.loadMoreTimeline')}
        </Button>
      ) : null}
    </section>
  );
}

function TimelineItem({ entry, interaction }: { entry: TimelineEntry; interaction?: Interaction }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = interaction ? t(`stakeholders.interactionTypes.${interaction.type}`) : entry.kind === 'assessment' ? t('stakeholders.assessment') : entry.title;
  return (
    <li className={`timeline__item timeline__item--${entry.kind}`}>
      <p className="timeline__date">
        <time dateTime={entry.at}>{formatDate(entry.at, locale)}</time>
      </p>
      <h3 className="timeline__title">{title}</h3>
      {entry.kind === 'assessment' ? <p className="timeline__meta">{entry.title}</p> : null}
      {interaction && interaction.their_people.length > 0 ? (
        <p className="timeline__meta">{t('stakeholders.with', { names: interaction.their_people.join(', ') })}</p>
      ) : null}
      {interaction && interaction.our_people.length > 0 ? (
        <p className="timeline__meta">{t('stakeholders.by', { names: interaction.our_people.join(', ') })}</p>
      ) : null}
      {entry.summary ? <p className="timeline__summary">{entry.summary}</p> : null}
      {interaction && interaction.follow_ups.length > 0 ? (
        <div className="timeline__follow-ups">
          <h4 className="timeline__subheading">{t('stakeholders.followUps')}</h4>
          <ul>
            {interaction.follow_ups.map((f) => (
              <li key={f.id}>
                {f.description}
                {f.owner_name ? ` — ${f.owner_name}` : ''}
                {f.due_on ? ` · ${t('stakeholders.due', { date: formatDate(f.due_on, locale) })}` : ''}{' '}
                {f.done ? <Badge tone="success">{t('stakeholders.done')}</Badge> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
