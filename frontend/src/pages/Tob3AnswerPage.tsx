import { useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePublicRound, useSendAnswer } from '../api/tob3';
import { ApiError } from '../api/problem';
import type { PublicAnswerIn, PublicRound } from '../client/types.gen';
import { publicAnswerFrom, rememberedSent, rememberSent, sendFor, sendMessages, worryDefaults, type PendingSend } from '../components/tob3/tob3';
import { useWorryChecks, WORRY_FIELDS, WorryFields } from '../components/tob3/WorryFields';
import { TextInput } from '../components/ui/fields';
import { FormAlert, Loading, Notice, PageTitle, SubmitButton } from '../components/ui/misc';
import { ValidatedForm } from '../components/ui/ValidatedForm';
import { currentLocale } from '../i18n';
import { storage } from '../lib/appStorage';
import { formatDateTime } from '../lib/format';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';
import { required, type Check } from '../lib/validation';
import '../styles/signals.css';
import '../styles/tob3.css';

/**
 * /t/:token — a member without an account names its top 3 (phone first, no login). The link
 * is the credential; the page shows nobody else's answer.
 */
export function Tob3AnswerPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const round = usePublicRound(token);
  const title = round.data?.title ?? t('tob3.public.title');

  return (
    <section className="panel stack tob3-public">
      <PageTitle title={title}>{title}</PageTitle>
      {round.isPending ? <Loading /> : null}
      {round.isError ? <LinkError error={round.error} /> : null}
      {round.data ? <RoundAnswer token={token} round={round.data} /> : null}
    </section>
  );
}

function LinkError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const message = status === 404 ? t('tob3.public.unknown') : status === 410 ? t('tob3.public.withdrawn') : t('errors.network');
  return (
    <div className="alert alert--error" role="alert">
      {message}
    </div>
  );
}

function RoundAnswer({ token, round }: { token: string; round: PublicRound }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      <p className="tob3-public__from">{t('tob3.public.from', { organisation: round.organisation_name })}</p>
      <p className="lead">{round.question}</p>
      <p className="muted">
        {round.is_open
          ? t('tob3.closesAt', { date: formatDateTime(round.closes_at, locale) })
          : t('tob3.closedAt', { date: formatDateTime(round.closes_at, locale) })}
      </p>
      {round.member_name ? <p>{t('tob3.public.forMember', { member: round.member_name })}</p> : null}
      {round.is_open ? (
        <AnswerForm token={token} round={round} />
      ) : (
        <>
          <Notice>{t('tob3.closedNotice')}</Notice>
          {round.answer ? (
            <ol className="tob3-results__worries" aria-label={t('tob3.yourAnswer')}>
              {round.answer.worries.map((w) => (
                <li key={w.rank}>{w.text}</li>
              ))}
            </ol>
          ) : null}
        </>
      )}
    </>
  );
}

const OPEN_FIELDS = ['member_name', 'code', ...WORRY_FIELDS];

function AnswerForm({ token, round }: { token: string; round: PublicRound }) {
  const { t } = useTranslation();
  const send = useSendAnswer(token);
  // The request not yet answered: sending the same answer again reuses its key.
  const pending = useRef<PendingSend | null>(null);
  const [sent, setSent] = useState(false);
  const open = round.kind === 'open';
  const remembered = useMemo<PublicAnswerIn | null>(() => (open ? rememberedSent(storage, token) : null), [open, token]);
  const worryChecks = useWorryChecks();
  const checks = useMemo(() => {
    if (!open) return worryChecks;
    const all: Record<string, Check> = { ...worryChecks, member_name: required(t('tob3.public.memberRequired')) };
    if (round.code_required) all.code = required(t('tob3.public.codeRequired'));
    return all;
  }, [open, round.code_required, worryChecks, t]);
  const serverErrors = useFormErrors(send.error, open ? OPEN_FIELDS : WORRY_FIELDS);
  const errors = useMemo(() => sendMessages(send.error, serverErrors, t), [send.error, serverErrors, t]);
  const form = useValidatedForm(checks, errors);
  const defaults = { ...worryDefaults(round.answer?.worries ?? remembered?.worries ?? []), member_name: remembered?.member_name ?? '', code: remembered?.code ?? '' };
  const saved = sent || round.answer !== null;

  function submit(values: Record<string, string>) {
    const request = sendFor(pending.current, publicAnswerFrom(values, round.kind));
    pending.current = request;
    setSent(false);
    send.mutate(request, {
      onSuccess: () => {
        pending.current = null;
        setSent(true);
        if (open) rememberSent(storage, token, request.body);
      },
    });
  }

  return (
    <div className="tob3-form stack">
      <h2 id="answer-heading">{saved ? t('tob3.public.changeHeading') : t('tob3.answerHeading')}</h2>
      <p className="muted">{t('tob3.answerIntro')}</p>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.fields.worries ?? errors.general} />
        {open ? (
          <>
            <TextInput name="member_name" label={t('tob3.public.member')} description={t('tob3.public.memberHint')} defaultValue={defaults.member_name} required />
            {round.code_required ? <TextInput name="code" label={t('tob3.public.code')} description={t('tob3.public.codeHint')} defaultValue={defaults.code} required /> : null}
          </>
        ) : null}
        <WorryFields defaults={defaults} />
        <div className="form__actions">
          <SubmitButton isPending={send.isPending}>{t('tob3.public.send')}</SubmitButton>
        </div>
      </ValidatedForm>
      {send.isPending && send.failureCount > 0 ? <Notice>{t('tob3.public.retrying')}</Notice> : null}
      {sent ? <Notice tone="success">{t('tob3.public.saved')}</Notice> : null}
    </div>
  );
}
