// A GraphQL subscription over Server-Sent Events, read the way a browser's EventSource would: each
// `event: next` carries a result, `event: complete` ends the stream.

export interface Subscription {
  /** The next result, or 'complete' when the stream ended; fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } | 'complete'>;
  /** The client goes away. */
  close(): void;
}

export async function subscribe(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Subscription> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.headers.get('content-type')?.startsWith('text/event-stream'))
    throw new Error(`not an event stream: HTTP ${response.status} ${await response.text()}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const events: string[] = [];
  const next: Subscription['next'] = async (timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (events.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), left))),
      ]).finally(() => clearTimeout(timer));
      if (chunk.done) return 'complete';
      buffer += chunk.value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!block.startsWith(':')) events.push(block);
      }
    }
    const block = events.shift()!;
    if (/^event: complete/m.test(block)) return 'complete';
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trimStart())
      .join('\n');
    return JSON.parse(data);
  };
  return { next, close: () => controller.abort() };
}
