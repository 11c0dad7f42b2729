import { useId, useMemo, useRef, useState } from 'react';
import { Button, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useReviewCollaboration } from '../../api/portfolio';
import { RELEVANCE_CHANGES, type Collaboration, type RelevanceChange } from '../../api/types';
import type { ReviewAnswer, ReviewRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { isoDay } from '../stakeholders/stakeholders';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import {
  answeredQuestions,
  durationText,
  monthsBetween,
  REVIEW_ANSWERS,
  REVIEW_QUESTIONS,
  reviewAnswersBody,
  type AnswerField,
  type ReviewAnswers,
  type ReviewQuestion,
} from './portfolio';

/** The reviews, newest first: the latest open, the others on request, each with its answers. */
export function Reviews({ collaboration: c }: { collaboration: Collaboration }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [all, setAll] = useState(false);
  if (c.reviews.length === 0) return <p className="muted">{t('portfolio.noReviews')}</p>;
  const newestFirst = [...c.reviews].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, 1);
  return (
    <div className="collaboration__reviews">
      <h4 className="collaboration__subheading">{t('portfolio.reviews', { count: c.reviews.length })}</h4>
      <ul className="collaboration__review-list">
        {shown.map((r) => (
          <li key={r.id} className="review" data-review={r.reviewed_on}>
            <p className="review__line">
              <time dateTime={r.reviewed_on}>{formatDate(r.reviewed_on, locale)}</time> · {r.reviewer_name}:{' '}
              <strong>{t(`portfolio.changes.${r.relevance}`)}</strong> → {t(`portfolio.relevances.${r.relevance_after}`)}
              {r.note ? <span className="collaboration__note"> — {r.note}</span> : null}
            </p>
            <ReviewAnswersList review={r} />
          </li>
        ))}
      </ul>
      {c.reviews.length > 1 ? (
        <Button className="link-button" onPress={() => setAll((a) => !a)} aria-expanded={all}>
          {all ? t('portfolio.fewerReviews') : t('portfolio.allReviews')}
        </Button>
      ) : null}
    </div>
  );
}

function ReviewAnswersList({ review }: { review: ReviewRead }) {
  const { t } = useTranslation();
  const questions = answeredQuestions(review);
  if (questions.length === 0) return null;
  return (
    <dl className="review__answers">
      {questions.map((question) => {
        const answer = question.answer ? review[question.answer] : null;
        const length = question.id === 'loyalty' && review.relationship_months !== null ? durationText(review.relationship_months, t) : null;
        const parts = [
          answer ? t(`portfolio.answers.${answer}`) : null,
          length ? t('portfolio.relationshipThen', { length }) : null,
          review[question.note] || null,
        ].filter((part): part is string => part !== null);
        return (
          <div key={question.id} className="review__answer">
            <dt>{t(`portfolio.questions.${question.id}.short`)}</dt>
            <dd>{parts.join(' — ')}</dd>
          </div>
        );
      })}
    </dl>
  );
}

/** What the forms on a collaboration card get. */
export interface CardFormProps {
  organisationId: string;
  collaboration: Collaboration;
  onDone: (message: string) => void;
}

const FIELDS = ['reviewed_on', 'relevance', 'note', ...REVIEW_QUESTIONS.flatMap((q) => (q.answer ? [q.answer, q.note] : [q.note]))];

/** Relevance, date and a note; the seed's questions folded away below, each optional. */
export function ReviewForm({ organisationId, collaboration: c, onDone }: CardFormProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mutation = useReviewCollaboration(organisationId, c.id);
  const errors = useFormErrors(mutation.error, FIELDS);
  const checks = useMemo(() => ({ reviewed_on: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const [answers, setAnswers] = useState<ReviewAnswers>({});
  const today = isoDay(new Date());
  const months = c.started_on ? monthsBetween(c.started_on, today) : null;
  const relationship =
    c.started_on && months !== null
      ? t('portfolio.relationshipNow', { length: durationText(months, t), date: formatDate(c.started_on, locale) })
      : t('portfolio.relationshipUnknown');
  return (
    <ValidatedForm
      form={form}
      onValid={(values) =>
        mutation.mutate(
          {
            reviewed_on: values.reviewed_on ?? null,
            relevance: (values.relevance || 'same') as RelevanceChange,
            note: (values.note ?? '').trim(),
            ...reviewAnswersBody(values, answers),
          },
          { onSuccess: (review) => onDone(t('portfolio.reviewed', { relevance: t(`portfolio.relevances.${review.relevance_after}`) })) },
        )
      }
    >
      <FormAlert message={errors.general} />
      <div className="form__row">
        <SelectInput
          name="relevance"
          label={t('portfolio.reviewRelevance')}
          description={t('portfolio.reviewRelevanceHint', { relevance: t(`portfolio.relevances.${c.relevance}`) })}
          defaultSelectedKey="same"
          options={RELEVANCE_CHANGES.map((r) => ({ id: r, label: t(`portfolio.changes.${r}`) }))}
        />
        <TextInput name="reviewed_on" type="date" label={t('portfolio.reviewedOn')} defaultValue={today} required />
      </div>
      <TextAreaInput name="note" label={`${t('portfolio.reviewNote')} ${t('common.optional')}`} rows={2} />
      <details className="review-questions">
        <summary className="review-questions__summary">
          {t('portfolio.questionsSummary')}
          <span className="review-questions__count"> {t('portfolio.questionsCount', { count: REVIEW_QUESTIONS.length })}</span>
        </summary>
        <div className="review-questions__body">
          <p className="field__description">{t('portfolio.questionsIntro')}</p>
          {REVIEW_QUESTIONS.map((question) => (
            <Question
              key={question.id}
              question={question}
              answers={answers}
              onAnswer={(field, answer) => setAnswers((current) => ({ ...current, [field]: answer }))}
              hint={question.id === 'loyalty' ? relationship : undefined}
            />
          ))}
        </div>
      </details>
      <div className="form__actions">
        <SubmitButton isPending={mutation.isPending}>{t('portfolio.saveReview')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

interface QuestionProps {
  question: ReviewQuestion;
  answers: ReviewAnswers;
  onAnswer: (field: AnswerField, answer: ReviewAnswer | null) => void;
  hint?: string;
}

/** One question: yes / partly / no (may stay open, or be cleared again) with a note, or a text alone. */
function Question({ question, answers, onAnswer, hint }: QuestionProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const choice = useRef<HTMLDivElement>(null);
  const text = t(`portfolio.questions.${question.id}.ask`);
  const field = question.answer;
  if (!field) {
    return (
      <div className="review-question" data-question={question.id}>
        <TextAreaInput name={question.note} label={text} description={hint} rows={2} />
      </div>
    );
  }
  const answer = answers[field] ?? null;
  return (
    <div className="review-question" data-question={question.id}>
      <div className="answer-choice">
        {/* The question labels the choices; "clear" sits beside them, outside the radio group. */}
        <span id={labelId} className="field__label">
          {text}
        </span>
        <div className="answer-choice__row" ref={choice}>
          <RadioGroup aria-labelledby={labelId} className="answer-choice__options" orientation="horizontal" value={answer} onChange={(value) => onAnswer(field, value as ReviewAnswer)}>
            {REVIEW_ANSWERS.map((id) => (
              <Radio key={id} value={id} className="answer-choice__option">
                {t(`portfolio.answers.${id}`)}
              </Radio>
            ))}
          </RadioGroup>
          {answer ? (
            <Button
              className="button button--quiet button--small"
              aria-label={t('portfolio.clearAnswer', { question: t(`portfolio.questions.${question.id}.short`) })}
              onPress={() => {
                onAnswer(field, null);
                // The button goes with the answer: the cursor returns to the choices.
                choice.current?.querySelector('input')?.focus();
              }}
            >
              {t('portfolio.clear')}
            </Button>
          ) : null}
        </div>
      </div>
      <TextAreaInput name={question.note} label={`${t(`portfolio.questions.${question.id}.note`)} ${t('common.optional')}`} rows={2} />
    </div>
  );
}
