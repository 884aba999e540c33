import { SseParser } from './sse-parser';

describe('SseParser', () => {
  it('returns whole messages across chunk boundaries', () => {
    const parser = new SseParser();
    expect(parser.push('event: project.progress\ndata: {"projectId":')).toEqual([]);
    expect(parser.push('"p1"}\n\nevent: ping\ndata: {}\n\n: comment\n\n')).toEqual([
      { event: 'project.progress', data: '{"projectId":"p1"}' },
      { event: 'ping', data: '{}' },
    ]);
  });
  it('joins multi-line data and defaults the event name', () => {
    expect(new SseParser().push('data: a\r\ndata: b\r\n\r\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });
});
