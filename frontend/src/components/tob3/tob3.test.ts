import { describe, expect, it } from 'vitest';
import { ApiError, type FormErrors } from '../../api/problem';
import type { LinkRead } from '../../client/types.gen';
import { memoryStorage } from '../../lib/storage';
import {
  answerFrom,
  defaultsFrom,
  gapBefore,
  isoDay,
  isTransient,
  linkCounts,
  memberNames,
  newKey,
  publicAnswerFrom,
  rememberedSent,
  rememberSent,
  retryDelay,
  sendFor,
  sendMessages,
} from './tob3';

describe('answerFrom', () => {
  it('keeps the filled worries with their rank and trims', () => {
    expect(
      answerFrom({
        on_behalf_of: ' Bakkerij ',
        'worries.0.text': ' Leegstand ',
        'worries.0.topic': 'Winkels',
        'worries.1.text': '',
        'worries.2.text': '',
      }),
    ).toEqual({ on_behalf_of: 'Bakkerij', worries: [{ rank: 1, text: 'Leegstand', topic: 'Winkels' }] });
  });
});

describe('gapBefore', () => {
  it('flags an empty rank before a filled one', () => {
    const values = { 'worries.0.text': 'a', 'worries.1.text': '', 'worries.2.text': 'c' };
    expect(gapBefore(2, values)).toBe(true);
    expect(gapBefore(1, values)).toBe(false);
    expect(gapBefore(3, values)).toBe(false);
  });
});

describe('defaultsFrom', () => {
  it('fills the fields from a saved answer', () => {
    const defaults = defaultsFrom({
      id: 'a',
      round_id: 'r',
      user: { id: 'u', name: 'U' },
      link_id: null,
      on_behalf_of: 'X',
      worries: [{ id: 'w', rank: 2, text: 'Parkeren', topic: 'Bereikbaarheid', issue_id: null }],
      created_at: '',
      updated_at: '',
    });
    expect(defaults['worries.1.text']).toBe('Parkeren');
    expect(defaults['worries.1.topic']).toBe('Bereikbaarheid');
    expect(defaults.on_behalf_of).toBe('X');
  });
});

describe('isoDay', () => {
  it('formats a local day', () => {
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

const FILLED = { member_name: ' Kapsalon  Knip ', code: ' rivier ', 'worries.0.text': 'Huur', 'worries.0.topic': '' };

describe('publicAnswerFrom', () => {
  it('sends only the worries through a member link', () => {
    expect(publicAnswerFrom(FILLED, 'member')).toEqual({ worries: [{ rank: 1, text: 'Huur', topic: '' }] });
  });
  it('names the member and gives the code through an open link', () => {
    expect(publicAnswerFrom(FILLED, 'open')).toEqual({
      member_name: 'Kapsalon  Knip',
      code: 'rivier',
      worries: [{ rank: 1, text: 'Huur', topic: '' }],
    });
  });
});

describe('sendFor', () => {
  const body = publicAnswerFrom(FILLED, 'member');
  it('keeps the key when the same answer is sent again', () => {
    const first = sendFor(null, body, () => 'k1');
    expect(first).toEqual({ key: 'k1', body });
    expect(sendFor(first, { worries: [{ rank: 1, text: 'Huur', topic: '' }] }, () => 'k2')).toBe(first);
  });
  it('takes a new key for a changed answer', () => {
    const first = sendFor(null, body, () => 'k1');
    expect(sendFor(first, { worries: [{ rank: 1, text: 'Energie', topic: '' }] }, () => 'k2').key).toBe('k2');
  });
  it('makes random keys of 32 hex digits', () => {
    const key = newKey();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(newKey()).not.toBe(key);
  });
});

describe('retrying', () => {
  it('retries a lost connection and server errors, not refusals', () => {
    expect(isTransient(new ApiError(0, null))).toBe(true);
    expect(isTransient(new ApiError(503, null))).toBe(true);
    expect(isTransient(new ApiError(409, null))).toBe(false);
    expect(isTransient(new ApiError(422, null))).toBe(false);
    expect(isTransient(new Error('x'))).toBe(false);
  });
  it('waits longer each time, at most 8 seconds', () => {
    expect([0, 1, 2, 3, 4].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000]);
  });
});

describe('remembered answers of an open link', () => {
  it('are kept per link on the phone', () => {
    const storage = memoryStorage();
    const body = publicAnswerFrom(FILLED, 'open');
    rememberSent(storage, 'token-of-link-one', body);
    expect(rememberedSent(storage, 'token-of-link-one')).toEqual(body);
    expect(rememberedSent(storage, 'another-token')).toBeNull();
  });
  it('ignore what is not an answer', () => {
    const storage = memoryStorage({ 'vitaal.tob3.sent.token-of-lin': '{"x":1}' });
    expect(rememberedSent(storage, 'token-of-link-one')).toBeNull();
    storage.setItem('vitaal.tob3.sent.token-of-lin', 'not json');
    expect(rememberedSent(storage, 'token-of-link-one')).toBeNull();
  });
});

describe('memberNames', () => {
  it('takes one name a line, trimmed, without repeats', () => {
    expect(memberNames(' Bakkerij  De Korenschoof \n\nKapsalon Knip\r\nbakkerij de korenschoof\n')).toEqual([
      'Bakkerij De Korenschoof',
      'Kapsalon Knip',
    ]);
  });
});

function link(kind: LinkRead['kind'], answers: number): LinkRead {
  return {
    id: `${kind}-${answers}`,
    round_id: 'r',
    kind,
    member_name: kind === 'member' ? 'Lid' : '',
    stakeholder_id: null,
    code: '',
    created_at: '',
    revoked_at: null,
    answer_count: answers,
    last_answer_at: null,
  };
}

describe('linkCounts', () => {
  it('counts the members that answered per kind of link', () => {
    expect(linkCounts([link('member', 1), link('member', 0), link('open', 3), link('open', 2)])).toEqual({
      memberLinks: 2,
      membersAnswered: 1,
      openLinks: 2,
      openAnswers: 5,
    });
  });
});

describe('sendMessages', () => {
  const t = (key: string) => `t:${key}`;
  const none: FormErrors = { fields: {}, general: null };
  it('says an answer that did not arrive can be sent again', () => {
    expect(sendMessages(new ApiError(0, null), none, t).general).toBe('t:tob3.public.notSent');
  });
  it('says a closed round or a withdrawn link in the member\'s language', () => {
    expect(sendMessages(new ApiError(409, { detail: 'closed' }), none, t).general).toBe('t:tob3.closedNotice');
    expect(sendMessages(new ApiError(410, null), none, t).general).toBe('t:tob3.public.withdrawn');
  });
  it('translates the link\'s own refusals beside their fields', () => {
    const error = new ApiError(422, { errors: [{ field: 'body.code', reason: 'wrong', code: 'wrong_code' }] });
    const errors: FormErrors = { fields: { code: 'wrong' }, general: null };
    expect(sendMessages(error, errors, t)).toEqual({ fields: { code: 't:tob3.public.wrongCode' }, general: null });
  });
});
