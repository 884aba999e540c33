import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ProblemException, toProblem } from './problem';

describe('toProblem', () => {
  it('keeps a problem exception as it is', () => {
    const problem = toProblem(ProblemException.validation([{ field: 'weight', code: 'min', message: 'weight must be at least 1' }]));
    expect(problem.status).toBe(400);
    expect(problem.errors?.[0].field).toBe('weight');
  });
  it('maps Nest HTTP exceptions to typed problems', () => {
    expect(toProblem(new NotFoundException('Cannot GET /api/nope'))).toMatchObject({ status: 404, type: '/problems/not-found' });
    expect(toProblem(new BadRequestException(['a', 'b'])).detail).toBe('a; b');
  });
  it('hides the details of unexpected errors', () => {
    const problem = toProblem(new Error('password=hunter2'));
    expect(problem.status).toBe(500);
    expect(problem.detail).not.toContain('hunter2');
  });
  it('keeps client errors raised by the HTTP layer as 4xx', () => {
    const err = Object.assign(new Error('Body is not valid JSON'), { statusCode: 400 });
    expect(toProblem(err)).toMatchObject({ status: 400, detail: 'Body is not valid JSON' });
  });
});
