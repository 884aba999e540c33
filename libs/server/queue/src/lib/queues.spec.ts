import { InvalidJobPayloadError, JobPayloads, parsePayload, payloadSchema } from './queues';

const TENANT = '0b6f3f0c-8a59-4f4e-9d2b-2b9c8f7e6a51';
const PROJECT = '01a21f3d-d543-7b8f-86f6-bca5d78a1fbd';

describe('job payload schemas', () => {
  it('accepts a well-formed payload and drops fields the schema does not know', () => {
    expect(parsePayload('progress', 'recompute-project', { tenantId: TENANT, projectId: PROJECT, extra: 1 })).toEqual({
      tenantId: TENANT,
      projectId: PROJECT,
    });
    expect(parsePayload('system', 'snapshot-projects', { tenantId: null, day: '2026-03-01' })).toEqual({
      tenantId: null,
      day: '2026-03-01',
    });
    expect(parsePayload('system', 'heartbeat', { tenantId: null })).toEqual({ tenantId: null });
  });

  it('names every wrong field', () => {
    expect(() => parsePayload('progress', 'recompute-project', { tenantId: 'not-a-uuid', projectId: PROJECT })).toThrow(
      'invalid payload of progress/recompute-project: tenantId: must be a UUID',
    );
    let error: unknown;
    try {
      parsePayload('progress', 'evaluate-incentives', { tenantId: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidJobPayloadError);
    expect((error as InvalidJobPayloadError).issues).toMatch(/^tenantId: must be a UUID; projectId: /);
    expect(() => parsePayload('system', 'snapshot-projects', { tenantId: null, day: '1 March' })).toThrow(/day: must be a date/);
    expect(() => parsePayload('system', 'heartbeat', null)).toThrow(/invalid payload of system\/heartbeat: \(payload\): /);
  });

  it('keeps tenant jobs and platform jobs apart', () => {
    // A tenant job without a tenant, and a platform job that names one, are both refused.
    expect(() => parsePayload('progress', 'recompute-project', { tenantId: null, projectId: PROJECT })).toThrow(/tenantId: must be a UUID/);
    expect(() => parsePayload('system', 'notify-overdue', { tenantId: TENANT })).toThrow(/tenantId: must be null/);
  });

  it('knows exactly the job names of each queue', () => {
    expect(payloadSchema('progress', 'recompute-project')).toBe(JobPayloads.progress['recompute-project']);
    expect(payloadSchema('system', 'recompute-project')).toBeUndefined();
    expect(payloadSchema('system', 'toString')).toBeUndefined();
    expect(() => parsePayload('system', 'no-such-job', { tenantId: null })).toThrow(
      'invalid payload of system/no-such-job: the queue has no job of this name',
    );
  });
});
