import { ranked } from './leaderboard-page.component';

const entry = (userId: string, points: number, trainingHours: number) => ({ userId, name: userId, points, awards: 0, trainingHours });

describe('leaderboard ranks', () => {
  it('shares a rank between equal points and hours, and skips the ranks they take', () => {
    const rows = ranked([entry('a', 40, 56), entry('b', 30, 16), entry('c', 30, 16), entry('d', 30, 8), entry('e', 0, 8)]);
    expect(rows.map((r) => [r.userId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
      ['e', 5],
    ]);
  });

  it('is empty for an empty board', () => {
    expect(ranked([])).toEqual([]);
  });
});
