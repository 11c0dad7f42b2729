import { useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCreateFeed, useDeleteFeed, useFeeds, useFetchFeed, useImportFeedFile } from '../../api/signals';
import type { FeedFetchRead, FeedRead, SignalSource } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextInput } from '../ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';
import { lastOutcome, outcomeText, parseTags, SOURCES } from './signals';

/** The feeds the organisation follows, "fetch now" with its result, and a feed file import. */
export function FeedsPanel({ organisationId, canManage }: { organisationId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const feeds = useFeeds(organisationId);
  return (
    <section className="panel stack" aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">{t('signals.feedsHeading')}</h2>
      <p className="muted">{t('signals.feedsIntro')}</p>
      {feeds.isPending ? <Loading /> : null}
      {feeds.isError ? <QueryError error={feeds.error} /> : null}
      {feeds.data && feeds.data.items.length === 0 ? <p className="empty">{t('signals.noFeeds')}</p> : null}
      {feeds.data && feeds.data.items.length > 0 ? (
        <ul className="item-list">
          {feeds.data.items.map((feed) => (
            <FeedItem key={feed.id} organisationId={organisationId} feed={feed} canManage={canManage} />
          ))}
        </ul>
      ) : null}
      {canManage ? <AddFeedForm organisationId={organisationId} /> : null}
      <UploadForm organisationId={organisationId} />
    </section>
  );
}

function FeedItem({ organisationId, feed, canManage }: { organisationId: string; feed: FeedRead; canManage: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const fetchNow = useFetchFeed(organisationId);
  const remove = useDeleteFeed(organisationId);
  const result: FeedFetchRead | undefined = fetchNow.data;
  const shown = result ?? lastOutcome(feed);
  const failed = shown !== null && shown.outcome !== 'ok';
  return (
    <li className="item-list__item feed-item" data-feed={feed.title}>
      <div className="item-list__main">
        <span className="item-list__title">{feed.title}</span>
        <span className="item-list__meta break">{feed.url}</span>
        <span className="item-list__meta">
          {t(`signals.sources.${feed.source_type}`)} ·{' '}
          {feed.interval_minutes ? t('signals.every', { minutes: feed.interval_minutes }) : t('signals.onDemand')}
        </span>
        <span className={`item-list__meta ${failed ? 'feed-item__error' : ''}`} role="status">
          {feed.last_fetched_at ? `${t('signals.lastFetch', { date: formatDateTime(feed.last_fetched_at, locale) })}: ` : ''}
          {outcomeText(shown, t)}
          {failed && (result?.error ?? feed.last_error) ? ` — ${result?.error ?? feed.last_error}` : ''}
        </span>
      </div>
      <div className="button-row">
        <Button className="button button--secondary button--small" onPress={() => fetchNow.mutate(feed.id)} isPending={fetchNow.isPending}>
          {t('signals.fetchNow')}
        </Button>
        {canManage ? (
          <Button className="button button--quiet button--small" onPress={() => remove.mutate(feed.id)} isPending={remove.isPending}>
            {t('signals.deleteFeed')}
          </Button>
        ) : null}
      </div>
      {fetchNow.isError ? <QueryError error={fetchNow.error} /> : null}
      {remove.isError ? <QueryError error={remove.error} /> : null}
    </li>
  );
}

const FEED_FIELDS = ['title', 'url', 'source_type', 'interval_minutes'];

function AddFeedForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const mutation = useCreateFeed(organisationId);
  const errors = useFormErrors(mutation.error, FEED_FIELDS);
  const checks = useMemo(() => ({ title: required(t('errors.required')), url: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <div className="stack">
      <h3>{t('signals.addFeedHeading')}</h3>
      <ValidatedForm
        form={form}
        onValid={(values, element) => {
          const interval = (values.interval_minutes ?? '').trim();
          mutation.mutate(
            {
              title: (values.title ?? '').trim(),
              url: (values.url ?? '').trim(),
              source_type: (values.source_type || 'newspaper') as SignalSource,
              interval_minutes: interval ? Number(interval) : null,
              tags: [],
            },
            { onSuccess: () => element.reset() },
          );
        }}
      >
        <FormAlert message={errors.general} />
        <div className="form__row">
          <TextInput name="title" label={t('signals.feedTitle')} required />
          <TextInput name="url" type="url" label={t('signals.feedUrl')} required />
        </div>
        <div className="form__row">
          <SelectInput
            name="source_type"
            label={t('signals.feedSource')}
            defaultSelectedKey="newspaper"
            options={SOURCES.map((id) => ({ id, label: t(`signals.sources.${id}`) }))}
          />
          <TextInput name="interval_minutes" label={t('signals.feedInterval')} description={t('signals.feedIntervalHint')} />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('signals.addFeedSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </div>
  );
}

function UploadForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const mutation = useImportFeedFile(organisationId);
  const errors = useFormErrors(mutation.error, ['file', 'source_type', 'tags']);
  const form = useValidatedForm(useMemo(() => ({}), []), errors);
  const fileRef = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const result = mutation.data;
  return (
    <div className="stack">
      <h3>{t('signals.uploadHeading')}</h3>
      <ValidatedForm
        form={form}
        onValid={(values, element) => {
          const file = fileRef.current?.files?.[0];
          setMissing(!file);
          if (!file) return;
          mutation.mutate(
            { file, sourceType: (values.source_type || 'newspaper') as SignalSource, tags: parseTags(values.upload_tags ?? '').join(',') },
            { onSuccess: () => element.reset() },
          );
        }}
      >
        <FormAlert message={missing ? t('signals.chooseFile') : errors.general} />
        <div className="field">
          <label className="field__label" htmlFor="feed-file">
            {t('signals.uploadFile')}
          </label>
          {errors.fields.file ? <span className="field__error">{errors.fields.file}</span> : null}
          <input id="feed-file" ref={fileRef} className="field__input" type="file" name="file" accept=".xml,.rss,.atom,application/xml,text/xml" />
        </div>
        <div className="form__row">
          <SelectInput
            name="source_type"
            label={t('signals.feedSource')}
            defaultSelectedKey="newspaper"
            options={SOURCES.map((id) => ({ id, label: t(`signals.sources.${id}`) }))}
          />
          <TextInput name="upload_tags" label={t('signals.tags')} description={t('signals.tagsHint')} />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('signals.uploadSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      {result ? (
        <Notice tone={result.outcome === 'ok' ? 'success' : 'info'}>
          {t('signals.uploadResult', { name: result.source_name, result: outcomeText(result, t) })}
          {result.outcome !== 'ok' && result.error ? ` — ${result.error}` : ''}
        </Notice>
      ) : null}
    </div>
  );
}
