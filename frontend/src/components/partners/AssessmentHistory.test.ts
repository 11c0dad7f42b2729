import { describe, expect, it } from 'vitest';
import { latestPerAssessor } from './AssessmentHistory';

describe('latestPerAssessor', () => {
  it('marks the newest assessment of each assessor, and only that one', () => {
    const items = [
      { id: 'c2', assessor_id: 'carla', assessor_name: 'Carla' },
      { id: 'b2', assessor_id: 'bram', assessor_name: 'Bram' },
      { id: 'b1', assessor_id: 'bram', assessor_name: 'Bram' },
      { id: 'c1', assessor_id: 'carla', assessor_name: 'Carla' },
    ];
    expect([...latestPerAssessor(items)]).toEqual(['c2', 'b2']);
  });

  it('tells removed accounts apart by the name kept with the assessment', () => {
    const items = [
      { id: 'x2', assessor_id: null, assessor_name: 'Oud lid' },
      { id: 'y1', assessor_id: null, assessor_name: 'Ander oud lid' },
      { id: 'x1', assessor_id: null, assessor_name: 'Oud lid' },
    ];
    expect([...latestPerAssessor(items)]).toEqual(['x2', 'y1']);
  });

  it('marks nothing when nobody assessed', () => {
    expect(latestPerAssessor([]).size).toBe(0);
  });
});
