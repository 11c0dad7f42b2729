import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDeleteInteraction, useFilteredInteractions, useStakeholderInteractions, useStakeholderTimeline, useUpdateInteraction, type InteractionFilter } from '../../api/stakeholders';
import type { Interaction, TimelineEntry } from '../../api/types';
import { currentLocale } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { Loading, Notice } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { InteractionFilters, isFiltering, NO_INTERACTION_FILTER, periodBackwards } from './InteractionFilters';
import { InteractionForm } from './InteractionForm';
import { withFollowUpDone } from './stakeholders';

interface Props {
  organisationId: string;
  stakeholderId: string;
}

/** Interactions and partner assessments, newest first; interactions can be changed, removed and their follow-ups ticked off. */
export function Timeline({ organisationId, stakeholderId }: Props) {
  const { t } = useTranslation();
  const timeline = useStakeholderTimeline(organisationId, stakeholderId);
  const interactions = useStakeholderInteractions(organisationId, stakeholderId);
  const [notice, setNotice] = useState<string | null>(null);
  // Here, not in the item: the item is gone once the deletion is through.
  const remove = useDeleteInteraction(organisationId, stakeholderId);
  const [filter, setFilter] = useState<InteractionFilter>(NO_INTERACTION_FILTER);
  const filtering = isFiltering(filter);
  // Filtered: only the interactions that match, from the log itself (the timeline has no filters).
  const filtered = useFilteredInteractions(organisationId, stakeholderId, filter, filtering && !periodBackwards(filter));
  const matches = filtered.data?.pages.flatMap((page) => page.items) ?? [];
  const byId = new Map([...(interactions.data?.items ?? []), ...matches].map((i) => [i.id, i]));
  const entries: TimelineEntry[] = filtering
    ? matches.map((i) => ({ kind: 'interaction', at: i.occurred_on, title: '', summary: i.summary, id: i.id }))
    : (timeline.data?.pages.flatMap((page) => page.items) ?? []);
  const list = filtering ? filtered : timeline;
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('stakeholders.timeline')}</h2>
      <p className="muted">{t('stakeholders.timelineIntro')}</p>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {remove.isError ? <QueryError error={remove.error} /> : null}
      <InteractionFilters filter={filter} onChange={setFilter} />
      {filtering ? (
        <p className="muted" role="status">
          {filtered.data ? t(filtered.hasNextPage ? 'stakeholders.interactionMatchesMore' : 'stakeholders.interactionMatches', { count: matches.length }) : null}
        </p>
      ) : null}
      {list.isLoading ? <Loading /> : null}
      {list.isError ? <QueryError error={list.error} /> : null}
      {list.data && entries.length === 0 ? (
        <p className="empty">{filtering ? t('stakeholders.noInteractionMatch') : t('stakeholders.timelineEmpty')}</p>
      ) : null}
      {entries.length > 0 ? (
        <ol className="timeline">
          {entries.map((entry) => (
            <TimelineItem
              key={`${entry.kind}-${entry.id}`}
              entry={entry}
              organisationId={organisationId}
              stakeholderId={stakeholderId}
              interaction={entry.kind === 'interaction' ? byId.get(entry.id) : undefined}
              onNotice={setNotice}
              deleting={remove.isPending && remove.variables === entry.id}
              onDelete={(id) => {
                setNotice(null);
                remove.mutate(id, { onSuccess: () => setNotice(t('stakeholders.interactionDeleted')) });
              }}
            />
          ))}
        </ol>
      ) : null}
      {list.hasNextPage ? (
        <Button className="button button--secondary" onPress={() => list.fetchNextPage()} isPending={list.isFetchingNextPage}>
          {t('stakeholders.loadMoreTimeline')}
        </Button>
      ) : null}
    </section>
  );
}

interface ItemProps extends Props {
  entry: TimelineEntry;
  interaction?: Interaction;
  onNotice: (message: string | null) => void;
  deleting: boolean;
  onDelete: (interactionId: string) => void;
}

function TimelineItem({ entry, interaction, organisationId, stakeholderId, onNotice, deleting, onDelete }: ItemProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const title = interaction ? t(`stakeholders.interactionTypes.${interaction.type}`) : entry.kind === 'assessment' ? t('stakeholders.assessment') : entry.title;
  const when = formatDate(entry.at, locale);
  // In the reader's language; the server's English title when the parts are missing.
  const assessmentText = (e: TimelineEntry) =>
    e.coalition_name && e.assessor_name && e.influence != null && e.dependency != null
      ? t('stakeholders.assessedIn', {
          coalition: e.coalition_name,
          name: e.assessor_name,
          influence: formatNumber(e.influence, locale),
          dependency: formatNumber(e.dependency, locale),
        })
      : e.title;
  return (
    <li className={`timeline__item timeline__item--${entry.kind}`} data-entry={entry.id}>
      <p className="timeline__date">
        <time dateTime={entry.at}>{when}</time>
      </p>
      <h3 className="timeline__title">{title}</h3>
      {entry.kind === 'assessment' ? (
        <p className="timeline__meta">
          {entry.coalition_id ? <Link to={`/coalitions/${entry.coalition_id}/partners`}>{assessmentText(entry)}</Link> : assessmentText(entry)}
        </p>
      ) : null}
      {editing && interaction ? (
        <InteractionForm
          organisationId={organisationId}
          stakeholderId={stakeholderId}
          interaction={interaction}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onNotice(t('stakeholders.interactionChanged'));
          }}
        />
      ) : (
        <>
          {interaction && interaction.their_people.length > 0 ? (
            <p className="timeline__meta">{t('stakeholders.with', { names: interaction.their_people.join(', ') })}</p>
          ) : null}
          {interaction && interaction.our_people.length > 0 ? (
            <p className="timeline__meta">{t('stakeholders.by', { names: interaction.our_people.join(', ') })}</p>
          ) : null}
          {entry.summary ? <p className="timeline__summary">{entry.summary}</p> : null}
          {interaction && interaction.follow_ups.length > 0 ? (
            <FollowUps organisationId={organisationId} stakeholderId={stakeholderId} interaction={interaction} />
          ) : null}
          {interaction ? (
            <div className="button-row timeline__actions">
              <Button
                className="button button--quiet button--small"
                aria-label={t('stakeholders.editInteractionLabel', { type: title, date: when })}
                onPress={() => {
                  onNotice(null);
                  setConfirming(false);
                  setEditing(true);
                }}
              >
                {t('stakeholders.editInteraction')}
              </Button>
              {confirming ? (
                <>
                  <Button
                    className="button button--danger button--small"
                    isPending={deleting}
                    onPress={() => onDelete(interaction.id)}
                  >
                    {t('stakeholders.deleteInteractionConfirm')}
                  </Button>
                  <Button className="button button--secondary button--small" onPress={() => setConfirming(false)}>
                    {t('common.cancel')}
                  </Button>
                </>
              ) : (
                <Button
                  className="button button--quiet button--small"
                  aria-label={t('stakeholders.deleteInteractionLabel', { type: title, date: when })}
                  onPress={() => {
                    onNotice(null);
                    setConfirming(true);
                  }}
                >
                  {t('stakeholders.deleteInteraction')}
                </Button>
              )}
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}

/** The follow-ups of an interaction, each with a box to tick it off (or open it again). */
function FollowUps({ organisationId, stakeholderId, interaction }: { organisationId: string; stakeholderId: string; interaction: Interaction }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const update = useUpdateInteraction(organisationId, stakeholderId);
  const [ticking, setTicking] = useState<{ index: number; done: boolean } | null>(null);
  return (
    <div className="timeline__follow-ups">
      <h4 className="timeline__subheading">{t('stakeholders.followUps')}</h4>
      <ul className="follow-up-list">
        {interaction.follow_ups.map((f, index) => {
          // The box follows the click at once; the server's answer (or an error) settles it.
          const done = ticking?.index === index ? ticking.done : (f.done ?? false);
          return (
            <li key={f.id} className={done ? 'follow-up follow-up--done' : 'follow-up'}>
              <label className="checkbox checkbox--inline">
                <input
                  type="checkbox"
                  checked={done}
                  disabled={update.isPending}
                  aria-label={t('stakeholders.tickFollowUp', { description: f.description })}
                  onChange={(event) => {
                    const next = event.target.checked;
                    setTicking({ index, done: next });
                    update.mutate(
                      { interactionId: interaction.id, follow_ups: withFollowUpDone(interaction.follow_ups, index, next) },
                      { onSettled: () => setTicking(null) },
                    );
                  }}
                />
                <span>
                  {f.description}
                  {f.owner_name ? ` — ${f.owner_name}` : ''}
                  {f.due_on ? ` · ${t('stakeholders.due', { date: formatDate(f.due_on, locale) })}` : ''}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {update.isError ? <QueryError error={update.error} /> : null}
    </div>
  );
}
