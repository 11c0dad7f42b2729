import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { contactsFrom, externalIdsFrom, filledRowIds, renumberRows, exportFileName, followUpsFrom, isoDay, joinList, NO_FILTERS, parseList, rowsOf, stakeholderQuery, withFollowUpDone } from './stakeholders';

describe('parseList', () => {
  it('trims, drops empties and repeats in any case', () => {
    expect(parseList(' zorg, Onderwijs ,, ZORG ,  jeugd   zorg ')).toEqual(['zorg', 'Onderwijs', 'jeugd zorg']);
  });
  it('gives nothing for an empty text', () => {
    expect(parseList('  ')).toEqual([]);
    expect(parseList(', ,')).toEqual([]);
  });
  it('round-trips with joinList', () => {
    expect(parseList(joinList(['a', 'b c']))).toEqual(['a', 'b c']);
  });
});

describe('stakeholderQuery', () => {
  it('leaves out empty filters', () => {
    expect(stakeholderQuery(NO_FILTERS)).toEqual({ archived: false });
    expect(stakeholderQuery({ ...NO_FILTERS, q: '   ' })).toEqual({ archived: false });
  });
  it('passes the set filters, the search trimmed', () => {
    expect(stakeholderQuery({ q: ' school ', type: 'education', kind: 'organisation', archived: true })).toEqual({
      q: 'school',
      type: 'education',
      kind: 'organisation',
      archived: true,
    });
  });
});

describe('form rows', () => {
  const values = {
    name: 'x',
    'contacts.0.name': ' Anna ',
    'contacts.0.email': 'anna@example.org',
    'contacts.2.name': '',
    'contacts.2.role': '',
    'contacts.5.name': 'Bram',
    'contacts.5.role': 'wethouder',
  };
  it('reads rows in the given order', () => {
    expect(rowsOf(values, 'contacts', [5, 0])).toEqual([{ name: 'Bram', role: 'wethouder' }, { name: 'Anna', email: 'anna@example.org' }]);
  });
  it('drops empty contact rows and fills the missing fields', () => {
    expect(contactsFrom(values, [0, 2, 5])).toEqual([
      { name: 'Anna', role: '', email: 'anna@example.org', phone: '' },
      { name: 'Bram', role: 'wethouder', email: '', phone: '' },
    ]);
  });
  it('reads follow-ups with a null date when none is given', () => {
    const form = {
      'follow_ups.0.description': 'Offerte sturen',
      'follow_ups.0.owner_name': 'Petra',
      'follow_ups.0.due_on': '2026-12-01',
      'follow_ups.1.description': 'Bellen',
      'follow_ups.1.due_on': '',
      'follow_ups.2.description': ' ',
    };
    expect(followUpsFrom(form, [0, 1, 2])).toEqual([
      { description: 'Offerte sturen', owner_name: 'Petra', due_on: '2026-12-01', done: false },
      { description: 'Bellen', owner_name: '', due_on: null, done: false },
    ]);
  });
  it('reads a ticked box as done', () => {
    expect(followUpsFrom({ 'follow_ups.3.description': 'Bellen', 'follow_ups.3.done': 'on' }, [3])).toEqual([
      { description: 'Bellen', owner_name: '', due_on: null, done: true },
    ]);
  });
});

describe('withFollowUpDone', () => {
  it('ticks one follow-up off and keeps the others as they were', () => {
    const before = [
      { description: 'Offerte sturen', owner_name: 'Petra', due_on: '2026-12-01', done: false },
      { description: 'Bellen', owner_name: '', due_on: null, done: true },
    ];
    expect(withFollowUpDone(before, 0, true)).toEqual([
      { description: 'Offerte sturen', owner_name: 'Petra', due_on: '2026-12-01', done: true },
      { description: 'Bellen', owner_name: '', due_on: null, done: true },
    ]);
    expect(withFollowUpDone(before, 1, false)[1]!.done).toBe(false);
  });
});

describe('externalIdsFrom', () => {
  it('keeps filled rows in order and drops empty ones', () => {
    const values = { 'external_ids.0.system': 'hubspot', 'external_ids.0.id': '48213', 'external_ids.2.system': '', 'external_ids.2.id': '' };
    expect(externalIdsFrom(values, [0, 2])).toEqual([{ system: 'hubspot', id: '48213' }]);
    expect(externalIdsFrom({ 'external_ids.1.id': 'A-7' }, [1])).toEqual([{ system: '', id: 'A-7' }]);
  });
});

describe('dates', () => {
  it('names the export file and the day in local time', () => {
    const day = new Date(2026, 0, 5, 23, 30);
    expect(exportFileName(day)).toBe('stakeholders-2026-01-05.csv');
    expect(isoDay(day)).toBe('2026-01-05');
  });
});

describe('row numbers', () => {
  it('knows which rows are sent', () => {
    expect(filledRowIds({ 'contacts.0.name': '', 'contacts.3.name': 'A', 'contacts.7.role': 'x' }, 'contacts', [0, 3, 7])).toEqual([3, 7]);
  });
  it('renames the server fields to the form rows', () => {
    const error = new ApiError(422, {
      errors: [
        { field: 'body.contacts.1.email', reason: 'bad', code: 'value_error' },
        { field: 'body.name', reason: 'missing', code: 'missing' },
        { field: 'body.contacts', reason: 'too many' },
      ],
    });
    const renamed = renumberRows(error, 'contacts', [3, 7]) as ApiError;
    expect(renamed.problem?.errors?.map((e) => e.field)).toEqual(['body.contacts.7.email', 'body.name', 'body.contacts']);
    expect(renamed.status).toBe(422);
  });
  it('leaves other errors alone', () => {
    const error = new Error('x');
    expect(renumberRows(error, 'contacts', [1])).toBe(error);
    expect(renumberRows(null, 'contacts', [1])).toBeNull();
  });
});
