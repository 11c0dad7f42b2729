import { useMemo, useState } from 'react';
import { Button, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fetchPaperExport, usePaperPreview, usePaperVersion, usePaperVersions, usePositionPaper, useSavePositionPaper } from '../../api/approach';
import type { PaperVersionRead, PositionPaperSave } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useFieldError, useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { TextInput } from '../ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';

interface Props {
  organisationId: string;
  issueId: string;
  issueTitle: string;
}

/**
 * The position paper: markdown written here, previewed as the server renders it, saved as a
 * new version each time the text changes (nothing is overwritten), printable per version.
 */
export function PositionPaperPanel({ organisationId, issueId, issueTitle }: Props) {
  const { t } = useTranslation();
  const paper = usePositionPaper(organisationId, issueId);
  const [printError, setPrintError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  // Here, not in the editor: the editor starts afresh (a new key) when a version is saved.
  const save = useSavePositionPaper(organisationId, issueId);
  const current = paper.data?.current ?? null;

  async function print(version: number) {
    setPrintError(null);
    // Opened at once (inside the click), so a pop-up blocker lets it through.
    const win = window.open('', '_blank');
    try {
      const html = await fetchPaperExport(organisationId, issueId, version, currentLocale());
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      if (win) win.location.href = url;
      else window.location.href = url;
    } catch (error) {
      win?.close();
      setPrintError(error);
    }
  }

  return (
    <section className="panel stack approach-panel" aria-labelledby="paper-heading">
      <div>
        <h2 id="paper-heading">{t('approach.paperHeading')}</h2>
        <p className="muted">{t('approach.paperIntro')}</p>
      </div>
      {paper.isPending ? <Loading /> : null}
      {paper.isError ? <QueryError error={paper.error} /> : null}
      {paper.data ? (
        <>
          {current ? (
            <CurrentPaper version={current} onPrint={() => void print(current.number)} />
          ) : (
            <p className="empty">{t('approach.noPaper')}</p>
          )}
          {printError ? <QueryError error={printError} /> : null}
          <PaperEditor
            key={current?.number ?? 0}
            organisationId={organisationId}
            issueId={issueId}
            title={current?.title ?? issueTitle}
            content={current?.content ?? ''}
            save={(body) => save.mutate(body, { onSuccess: (version) => setSaved(version.number) })}
            saveState={save}
          />
          {saved !== null ? <Notice tone="success">{t('approach.paperSaved', { number: saved })}</Notice> : null}
          {paper.data.version_count > 1 ? (
            <PaperVersions organisationId={organisationId} issueId={issueId} latest={paper.data.version_count} onPrint={(n) => void print(n)} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function CurrentPaper({ version, onPrint }: { version: PaperVersionRead; onPrint: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <article className="paper" aria-labelledby="paper-current-title">
      <header className="paper__header">
        <h3 id="paper-current-title">{version.title}</h3>
        <p className="muted">
          {t('approach.versionLine', { number: version.number, date: formatDateTime(version.created_at, locale), name: version.author_name })}
        </p>
        <Button className="button button--secondary button--small" onPress={onPrint}>
          {t('approach.print')}
        </Button>
      </header>
      {/* Rendered by the server from markdown with raw HTML escaped. */}
      <div className="paper__body" dangerouslySetInnerHTML={{ __html: version.content_html }} />
    </article>
  );
}

function MarkdownField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const { error, onEdit } = useFieldError('content');
  return (
    <TextField
      name="content"
      className="field"
      value={value}
      isInvalid={error !== undefined}
      onChange={(next) => {
        onEdit();
        onChange(next);
      }}
    >
      <Label className="field__label">{t('approach.paperText')}</Label>
      <p className="field__description">{t('approach.paperTextHint')}</p>
      {error ? <p className="field__error">{error}</p> : null}
      <TextArea className="field__input field__input--area paper-editor__text" rows={12} />
    </TextField>
  );
}

function PaperEditor({
  organisationId,
  issueId,
  title,
  content,
  save,
  saveState,
}: {
  organisationId: string;
  issueId: string;
  title: string;
  content: string;
  save: (body: PositionPaperSave) => void;
  saveState: { error: unknown; isPending: boolean };
}) {
  const { t } = useTranslation();
  const preview = usePaperPreview(organisationId, issueId);
  const [text, setText] = useState(content);
  const errors = useFormErrors(saveState.error, ['title', 'content', 'note']);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <div className="paper-editor stack">
      <h3>{content ? t('approach.editPaper') : t('approach.writePaper')}</h3>
      <ValidatedForm
        form={form}
        onValid={(values) =>
          save({ title: values.title ?? '', content: text, note: values.note ?? '' })
        }
      >
        <FormAlert message={errors.general} />
        <TextInput name="title" label={t('approach.paperTitle')} defaultValue={title} required />
        <MarkdownField value={text} onChange={setText} />
        <TextInput name="note" label={`${t('approach.versionNote')} ${t('common.optional')}`} />
        <div className="form__actions">
          <SubmitButton isPending={saveState.isPending}>{t('approach.savePaper')}</SubmitButton>
          <Button className="button button--secondary" isPending={preview.isPending} onPress={() => preview.mutate(text)}>
            {t('approach.preview')}
          </Button>
        </div>
      </ValidatedForm>
      {preview.isError ? <QueryError error={preview.error} /> : null}
      {preview.data ? (
        <section className="paper paper--preview" aria-labelledby="paper-preview-heading">
          <h4 id="paper-preview-heading" className="paper__label">
            {t('approach.previewHeading')}
          </h4>
          <div className="paper__body" dangerouslySetInnerHTML={{ __html: preview.data.html }} />
        </section>
      ) : null}
    </div>
  );
}

function PaperVersions({ organisationId, issueId, latest, onPrint }: { organisationId: string; issueId: string; latest: number; onPrint: (n: number) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const versions = usePaperVersions(organisationId, issueId);
  const [shown, setShown] = useState<number | null>(null);
  const version = usePaperVersion(organisationId, issueId, shown);
  const items = [...(versions.data?.items ?? [])].reverse();
  return (
    <section className="stack" aria-labelledby="paper-versions-heading">
      <h3 id="paper-versions-heading">{t('approach.versionsHeading')}</h3>
      {versions.isError ? <QueryError error={versions.error} /> : null}
      <ol className="item-list paper-versions" reversed>
        {items.map((v) => (
          <li key={v.number} className="item-list__item">
            <div className="item-list__main">
              <span className="item-list__title">
                {t('approach.versionNumber', { number: v.number })}
                {v.number === latest ? ` · ${t('approach.latest')}` : ''}
              </span>
              <span className="item-list__meta">
                {formatDateTime(v.created_at, locale)} · {v.author_name}
              </span>
              {v.note ? <span>{v.note}</span> : null}
            </div>
            <div className="button-row">
              {v.number !== latest ? (
                <Button
                  className="button button--quiet button--small"
                  aria-expanded={shown === v.number}
                  onPress={() => setShown(shown === v.number ? null : v.number)}
                >
                  {shown === v.number ? t('approach.hideVersion') : t('approach.showVersion', { number: v.number })}
                </Button>
              ) : null}
              <Button className="button button--quiet button--small" onPress={() => onPrint(v.number)} aria-label={t('approach.printVersion', { number: v.number })}>
                {t('approach.print')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {shown !== null && version.data ? (
        <article className="paper paper--old" aria-label={t('approach.versionNumber', { number: shown })}>
          <div className="paper__body" dangerouslySetInnerHTML={{ __html: version.data.content_html }} />
        </article>
      ) : null}
    </section>
  );
}
