import type { DomainRead, JourneyRead, JourneyStepRead, LocalisedText, StepStatus, TopicDecision } from '../../client/types.gen';

/** The server's Dutch or English text, by the app's language. */
export function localised(text: LocalisedText, language: string): string {
  return language.startsWith('en') ? text.en : text.nl;
}

export type StepAction = 'start' | 'finish' | 'skip' | 'reopen';

/** What a coordinator can do with a step in this status. */
export function actionsFor(status: StepStatus): StepAction[] {
  switch (status) {
    case 'not_started':
      return ['start', 'skip'];
    case 'in_progress':
      return ['finish', 'skip'];
    case 'done':
    case 'skipped':
      return ['reopen'];
  }
}

/** The step the page opens on: the one asked for in the address, else the current step. */
export function initialStep(journey: JourneyRead, requested: string | null): number {
  const asked = requested === null ? NaN : Number(requested);
  if (journey.steps.some((s) => s.number === asked)) return asked;
  return journey.position.current_step ?? journey.steps[journey.steps.length - 1]?.number ?? 1;
}

export function stepByNumber(journey: JourneyRead, number: number | null): JourneyStepRead | null {
  return journey.steps.find((s) => s.number === number) ?? null;
}

/** The ticked keys after ticking or unticking one item, in the order of the step's checklist. */
export function toggled(step: JourneyStepRead, ticked: readonly string[], key: string, tick: boolean): string[] {
  const now = new Set(ticked);
  if (tick) now.add(key);
  else now.delete(key);
  return step.checklist.filter((item) => now.has(item.key)).map((item) => item.key);
}

export function tickedKeys(step: JourneyStepRead): string[] {
  return step.checklist.filter((item) => item.ticked).map((item) => item.key);
}

export interface DomainCell {
  weight: number;
  reasonToJoin: boolean;
}

/** The topic × partner matrix: one row per candidate topic, with its decision, one cell per partner (null: not held). */
export function domainRows(domain: DomainRead): { key: string; label: string; sharing: DomainRead['topics'][number]['sharing']; decision: TopicDecision; cells: (DomainCell | null)[] }[] {
  return domain.topics.map((topic) => {
    const held = new Map(topic.holders.map((h) => [h.partner_id, h]));
    return {
      key: topic.key,
      label: topic.label,
      sharing: topic.sharing,
      decision: topic.decision,
      cells: domain.partners.map((partner) => {
        const holder = held.get(partner.id);
        return holder ? { weight: holder.weight, reasonToJoin: holder.reason_to_join } : null;
      }),
    };
  });
}

/** Topic keys to the labels shown. */
export function topicLabels(domain: DomainRead): Map<string, string> {
  return new Map(domain.topics.map((t) => [t.key, t.label]));
}

export const TOPIC_DECISIONS: readonly TopicDecision[] = ['in_domain', 'not_in_domain', 'undecided'];

/** Leaving a topic out of the domain needs a reason, as the server says. */
export function needsDecisionReason(decision: TopicDecision): boolean {
  return decision === 'not_in_domain';
}

export interface DecisionRow {
  key: string;
  label: string;
  decision: TopicDecision;
  reason: string;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The partner for whom this topic alone is its reason to join, if any. */
  reasonToJoinOf: string | null;
}

/** Per candidate topic, in the domain's order, what the coalition decided and why. */
export function decisionRows(domain: DomainRead): DecisionRow[] {
  const names = new Map(domain.partners.map((p) => [p.id, p.name]));
  return domain.topics.map((topic) => ({
    key: topic.key,
    label: topic.label,
    decision: topic.decision,
    reason: topic.decision_reason,
    decidedBy: topic.decided_by_name,
    decidedAt: topic.decided_at,
    reasonToJoinOf: topic.legitimate_reason_to_join ? (names.get(topic.holders[0]?.partner_id ?? '') ?? null) : null,
  }));
}

/** Where in the app the work of a later step is done: the coalition's meetings, agreements or plan. */
export type WorkPlace = 'meetings' | 'agreements' | 'plan';

export function workPlaces(step: number): WorkPlace[] {
  switch (step) {
    case 4:
    case 5:
      return ['meetings'];
    case 6:
      return ['agreements', 'plan'];
    case 7:
      return ['agreements'];
    case 8:
      return ['plan'];
    case 9:
      return ['meetings', 'agreements', 'plan'];
    case 10:
      return ['meetings', 'plan'];
    default:
      return [];
  }
}
