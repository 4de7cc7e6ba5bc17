import { clamp, median, round1, weightedMean } from './math';

describe('round1', () => {
  it.each([
    [42, 42],
    [42.04, 42],
    [42.05, 42.1],
    [42.25, 42.3],
    [1.15, 1.2],
    [33.333333, 33.3],
    [66.666666, 66.7],
    [10.049999999999999, 10.1],
    [-12.25, -12.3],
    [-0.04, 0],
    [1e-9, 0],
    [0, 0],
  ])('%d → %d', (value, expected) => {
    expect(round1(value)).toBe(expected);
  });
});

describe('clamp', () => {
  it('keeps a value inside bounds', () => {
    expect(clamp(-5, 0, 100)).toBe(0);
    expect(clamp(50, 0, 100)).toBe(50);
    expect(clamp(150, 0, 100)).toBe(100);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 90, 90], 50],
  ])('%j → %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('weightedMean', () => {
  it('weighs values', () => {
    expect(
      weightedMean([
        { value: 100, weight: 3 },
        { value: 0, weight: 1 },
      ]),
    ).toBe(75);
  });

  it('is null with nothing or no weight', () => {
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([{ value: 50, weight: 0 }])).toBeNull();
  });
});
