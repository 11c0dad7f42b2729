import { useRef, useState, type FormEvent } from 'react';
import { Button, FieldError, Group, Input, Label, NumberField, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCrisisTemplate, useReplaceCrisisTemplate, useResetCrisisTemplate } from '../../api/crisis';
import type { CrisisScenario, CrisisTemplateRead, OrganisationRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors } from '../../lib/useFormErrors';
import { RemoveButton } from '../approach/parts';
import { SCENARIOS } from '../crisis/ProtocolPanel';
import { MethodRule } from '../ui/MethodRule';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';

interface Props {
  organisation: OrganisationRead;
  canManage: boolean;
}

/**
 * The tasks a crisis protocol starts with, per scenario: Vitaal's (in the user's language) until
 * the organisation saves its own. Admins edit it; it applies to crises escalated afterwards.
 */
export function CrisisTemplateSettings({ organisation, canManage }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const template = useCrisisTemplate(organisation.id, locale);
  // Here, not in the form: a saved template remounts the form with the new tasks.
  const replace = useReplaceCrisisTemplate(organisation.id);
  const reset = useResetCrisisTemplate(organisation.id);
  return (
    <section className="panel stack" aria-labelledby="crisis-template-heading">
      <div>
        <h2 id="crisis-template-heading">{t('method.settings.crisis.heading')}</h2>
        <MethodRule ownedBy={template.data?.own ? organisation.name : undefined}>
          {t(template.data?.own ? 'method.rules.crisisProtocolOwn' : 'method.rules.crisisProtocol')}
        </MethodRule>
        <p className="muted">{t('method.settings.crisis.intro')}</p>
        {template.data?.saved_at ? <p className="muted">{t('method.settings.savedOn', { date: formatDate(template.data.saved_at, locale) })}</p> : null}
      </div>
      {template.isPending ? <Loading /> : null}
      {template.isError ? <QueryError error={template.error} /> : null}
      {template.data ? (
        canManage ? (
          <TemplateForm key={template.data.saved_at ?? `vitaal-${locale}`} template={template.data} replace={replace} reset={reset} />
        ) : (
          <TemplateList template={template.data} />
        )
      ) : null}
      {replace.isSuccess ? <Notice tone="success">{t('method.settings.crisis.saved')}</Notice> : null}
      {reset.isSuccess ? <Notice tone="success">{t('method.settings.crisis.resetDone')}</Notice> : null}
    </section>
  );
}

function TemplateList({ template }: { template: CrisisTemplateRead }) {
  const { t } = useTranslation();
  return (
    <ol className="crisis-scenarios">
      {SCENARIOS.map((scenario) => {
        const tasks = template.tasks.filter((task) => task.scenario === scenario);
        return (
          <li key={scenario} className="crisis-scenario">
            <h3 className="crisis-scenario__title">{t(`crisis.scenarios.${scenario}`)}</h3>
            {tasks.length === 0 ? <p className="muted">{t('method.settings.crisis.none')}</p> : null}
            <ul className="crisis-tasks">
              {tasks.map((task, index) => (
                <li key={index} className="crisis-task">
                  <span className="crisis-task__title">{task.title}</span>
                  <span className="item-list__meta crisis-task__meta">{t('method.settings.crisis.dueAfterDays', { count: task.due_after_days })}</span>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

interface Draft {
  key: number;
  scenario: CrisisScenario;
  title: string;
  due: number;
}

interface FormProps {
  template: CrisisTemplateRead;
  replace: ReturnType<typeof useReplaceCrisisTemplate>;
  reset: ReturnType<typeof useResetCrisisTemplate>;
}

/** The drafts stay grouped by scenario, in the order submitted, so the server's
 * `tasks.3.title` is the fourth row on screen. */
function TemplateForm({ template, replace, reset }: FormProps) {
  const { t } = useTranslation();
  const next = useRef(template.tasks.length);
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    template.tasks.map((task, index) => ({ key: index, scenario: task.scenario, title: task.title, due: task.due_after_days })),
  );
  const [blank, setBlank] = useState<Set<number>>(new Set());
  const [none, setNone] = useState(false);
  const fields = drafts.flatMap((_, i) => [`tasks.${i}.title`, `tasks.${i}.due_after_days`]);
  const errors = useFormErrors(replace.error ?? reset.error, [...fields, 'tasks']);

  function edit(key: number, change: Partial<Draft>) {
    setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));
    if ('title' in change) setBlank((current) => new Set([...current].filter((k) => k !== key)));
  }

  function add(scenario: CrisisScenario) {
    setNone(false);
    setDrafts((current) => {
      const order = SCENARIOS.indexOf(scenario);
      // After the scenario's last task; due when that one is, or the previous scenario's last.
      const before = current.filter((draft) => SCENARIOS.indexOf(draft.scenario) <= order);
      const due = before.at(-1)?.due ?? 0;
      const draft = { key: next.current++, scenario, title: '', due };
      return [...before, draft, ...current.slice(before.length)];
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const empty = new Set(drafts.filter((draft) => !draft.title.trim()).map((draft) => draft.key));
    setBlank(empty);
    setNone(drafts.length === 0);
    if (empty.size > 0 || drafts.length === 0) return;
    reset.reset();
    replace.mutate({ tasks: drafts.map((draft) => ({ scenario: draft.scenario, title: draft.title.trim(), due_after_days: draft.due })) });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormAlert message={none ? t('method.settings.crisis.atLeastOne') : errors.fields.tasks ?? errors.general} />
      <ol className="crisis-scenarios">
        {SCENARIOS.map((scenario) => {
          const scenarioName = t(`crisis.scenarios.${scenario}`);
          return (
            <li key={scenario} className="crisis-scenario">
              <fieldset className="fieldset crisis-template__scenario">
                <legend className="crisis-scenario__title">{t('method.settings.crisis.scenarioTasks', { scenario: scenarioName })}</legend>
                {drafts.every((draft) => draft.scenario !== scenario) ? <p className="muted">{t('method.settings.crisis.none')}</p> : null}
                <ul className="crisis-template__tasks">
                  {drafts.map((draft, index) =>
                    draft.scenario === scenario ? (
                      <TaskRow
                        key={draft.key}
                        draft={draft}
                        number={drafts.filter((d, i) => d.scenario === scenario && i <= index).length}
                        titleError={blank.has(draft.key) ? t('errors.required') : errors.fields[`tasks.${index}.title`]}
                        dueError={errors.fields[`tasks.${index}.due_after_days`]}
                        onEdit={(change) => edit(draft.key, change)}
                        onRemove={() => setDrafts((current) => current.filter((d) => d.key !== draft.key))}
                      />
                    ) : null,
                  )}
                </ul>
                <Button className="button button--secondary button--small" onPress={() => add(scenario)}>
                  {t('method.settings.crisis.add', { scenario: scenarioName })}
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="form__actions">
        <SubmitButton isPending={replace.isPending}>{t('method.settings.crisis.save')}</SubmitButton>
        {template.own ? (
          <Button
            className="button button--secondary"
            isPending={reset.isPending}
            onPress={() => {
              replace.reset();
              reset.mutate();
            }}
          >
            {t('method.settings.crisis.reset')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

interface RowProps {
  draft: Draft;
  /** The task's number within its scenario, for its label. */
  number: number;
  titleError: string | undefined;
  dueError: string | undefined;
  onEdit: (change: Partial<Draft>) => void;
  onRemove: () => void;
}

function TaskRow({ draft, number, titleError, dueError, onEdit, onRemove }: RowProps) {
  const { t } = useTranslation();
  return (
    <li className="crisis-template__task">
      <TextField className="field" value={draft.title} onChange={(title) => onEdit({ title })} isInvalid={titleError !== undefined} maxLength={300}>
        <Label className="field__label">{`${t('method.settings.crisis.task')} ${number}`}</Label>
        <FieldError className="field__error">{titleError}</FieldError>
        <Input className="field__input" aria-required />
      </TextField>
      <NumberField
        className="field crisis-template__due"
        value={draft.due}
        minValue={0}
        maxValue={365}
        onChange={(due) => onEdit({ due: Number.isNaN(due) ? 0 : due })}
        isInvalid={dueError !== undefined}
      >
        <Label className="field__label">{t('method.settings.crisis.dueAfter')}</Label>
        <FieldError className="field__error">{dueError}</FieldError>
        <Group className="number-field">
          <Button slot="decrement" className="number-field__step">
            −
          </Button>
          <Input className="field__input number-field__input" />
          <Button slot="increment" className="number-field__step">
            +
          </Button>
        </Group>
      </NumberField>
      <RemoveButton label={draft.title.trim() ? t('method.settings.crisis.remove', { title: draft.title }) : t('method.settings.crisis.removeEmpty')} onPress={onRemove} />
    </li>
  );
}
