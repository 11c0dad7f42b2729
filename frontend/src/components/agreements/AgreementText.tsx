import { useState } from 'react';
import { Button, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePreview, useSaveVersion } from '../../api/agreements';
import type { AgreementRead } from '../../client/types.gen';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { FormAlert, Notice } from '../ui/misc';
import { generalMessage } from '../../api/problem';

/** Markdown rendered by the server (markdown-it, raw HTML escaped): safe to insert. */
export function RenderedText({ html, className = '' }: { html: string; className?: string }) {
  return <div className={`agreement-text ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

interface Props {
  coalitionId: string;
  agreement: AgreementRead;
  canManage: boolean;
}

/** The current text, and for a coordinator an editor with preview that saves a new version. */
export function AgreementText({ coalitionId, agreement, canManage }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const next = agreement.current_version + 1;
  return (
    <section className="panel" aria-labelledby="text-heading">
      <div className="panel__header">
        <h2 id="text-heading">{t('agreements.textHeading')}</h2>
        {canManage && !editing ? (
          <Button
            className="button button--secondary button--small"
            onPress={() => {
              setMessage(null);
              setEditing(true);
            }}
          >
            {t('agreements.edit')}
          </Button>
        ) : null}
      </div>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {editing ? (
        <Editor
          coalitionId={coalitionId}
          agreement={agreement}
          onDone={(saved) => {
            setEditing(false);
            setMessage(saved === null ? t('agreements.unchanged') : t('agreements.saved', { number: saved }));
          }}
          onCancel={() => setEditing(false)}
          next={next}
        />
      ) : agreement.content.trim() ? (
        <RenderedText html={agreement.content_html} />
      ) : (
        <p className="empty">{t('agreements.emptyText')}</p>
      )}
    </section>
  );
}

interface EditorProps {
  coalitionId: string;
  agreement: AgreementRead;
  next: number;
  onDone: (savedVersion: number | null) => void;
  onCancel: () => void;
}

function Editor({ coalitionId, agreement, next, onDone, onCancel }: EditorProps) {
  const { t } = useTranslation();
  const [content, setContent] = useState(agreement.content);
  const [note, setNote] = useState('');
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const save = useSaveVersion(coalitionId, agreement.id);
  const debounced = useDebouncedValue(content, 300);
  const preview = usePreview(coalitionId, debounced, tab === 'preview' && debounced.trim() !== '');
  const sent = agreement.version.sent_for_signature_at !== null || agreement.version.sign_offs > 0;
  return (
    <div className="agreement-editor">
      {sent ? <Notice>{t('agreements.resetWarning', { number: agreement.current_version })}</Notice> : null}
      <div className="segmented" role="group" aria-label={t('agreements.editorMode')}>
        <Button className="segmented__button" aria-pressed={tab === 'write'} onPress={() => setTab('write')}>
          {t('agreements.write')}
        </Button>
        <Button className="segmented__button" aria-pressed={tab === 'preview'} onPress={() => setTab('preview')}>
          {t('agreements.preview')}
        </Button>
      </div>
      {tab === 'write' ? (
        <TextField className="field" value={content} onChange={setContent}>
          <Label className="field__label">{t('agreements.editorLabel')}</Label>
          <Text slot="description" className="field__description">
            {t('agreements.editorHint')}
          </Text>
          <TextArea className="field__input field__input--area agreement-editor__area" rows={18} spellCheck />
        </TextField>
      ) : (
        <div className="agreement-editor__preview" aria-live="polite">
          {content.trim() === '' ? (
            <p className="empty">{t('agreements.previewEmpty')}</p>
          ) : preview.data !== undefined ? (
            <RenderedText html={preview.data} />
          ) : null}
        </div>
      )}
      <TextField className="field" value={note} onChange={setNote}>
        <Label className="field__label">{t('agreements.note')}</Label>
        <TextArea className="field__input" rows={2} />
      </TextField>
      <FormAlert message={save.error ? generalMessage(save.error, t) : null} />
      <div className="button-row">
        <Button
          className="button button--primary"
          isPending={save.isPending}
          onPress={() =>
            save.mutate(
              { content, note: note.trim(), based_on: agreement.current_version },
              {
                onSuccess: (saved) =>
                  onDone(saved.current_version === agreement.current_version ? null : saved.current_version),
              },
            )
          }
        >
          {t('agreements.saveVersion', { number: next })}
        </Button>
        <Button className="button button--quiet" onPress={onCancel}>
          {t('agreements.cancelEdit')}
        </Button>
      </div>
    </div>
  );
}
