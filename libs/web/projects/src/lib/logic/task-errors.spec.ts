import { HttpErrorResponse } from '@angular/common/http';
import { taskRefusalKey } from './task-errors';

function refusal(status: number, errors: Array<{ field: string; code: string }> = []): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: { type: '/problems/x', title: 'x', status, detail: 'x', errors: errors.map((e) => ({ ...e, message: 'x' })) },
  });
}

describe('why the API refused a task change', () => {
  it('recognises the task rules', () => {
    expect(taskRefusalKey(refusal(409, [{ field: 'status', code: 'dependency' }]))).toBe('task.error.dependency');
    expect(taskRefusalKey(refusal(409, [{ field: 'status', code: 'transition' }]))).toBe('task.error.transition');
    expect(taskRefusalKey(refusal(403))).toBe('task.error.forbidden');
    expect(taskRefusalKey(refusal(404))).toBe('task.error.notFound');
    expect(taskRefusalKey(refusal(400, [{ field: 'blockedReason', code: 'required' }]))).toBe('task.error.blockedReason');
    expect(taskRefusalKey(refusal(400, [{ field: 'percentDone', code: 'done' }]))).toBe('task.error.percentDone');
  });

  it('leaves other failures to the generic messages', () => {
    expect(taskRefusalKey(refusal(409))).toBeNull();
    expect(taskRefusalKey(refusal(500))).toBeNull();
    expect(taskRefusalKey(refusal(400, [{ field: 'title', code: 'isLength' }]))).toBeNull();
    expect(taskRefusalKey(new Error('x'))).toBeNull();
  });
});
