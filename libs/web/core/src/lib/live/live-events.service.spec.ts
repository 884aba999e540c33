import { liveEvent } from './live-events.service';

describe('liveEvent', () => {
  it('forwards project progress events', () => {
    expect(liveEvent({ event: 'project.progress', data: '{"type":"project.progress","projectId":"p1","at":"2026-03-10T08:00:00Z"}' })).toEqual({
      type: 'project.progress',
      projectId: 'p1',
      at: '2026-03-10T08:00:00Z',
    });
  });

  it('forwards notification events', () => {
    expect(liveEvent({ event: 'notifications', data: '{"at":"2026-03-10T08:00:00Z"}' })).toEqual({ type: 'notifications', at: '2026-03-10T08:00:00Z' });
  });

  it('forwards award events', () => {
    expect(liveEvent({ event: 'awards', data: '{"projectId":"p1","at":"2026-03-10T08:00:00Z"}' })).toEqual({ type: 'awards', projectId: 'p1', at: '2026-03-10T08:00:00Z' });
  });

  it('ignores other messages and malformed data', () => {
    expect(liveEvent({ event: 'ready', data: '{}' })).toBeNull();
    expect(liveEvent({ event: 'ping', data: '{}' })).toBeNull();
    expect(liveEvent({ event: 'notifications', data: 'not json' })).toBeNull();
    expect(liveEvent({ event: 'notifications', data: 'null' })).toBeNull();
  });
});
