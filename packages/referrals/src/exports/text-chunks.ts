/**
 * Where an export can be read from: the whole text as a string, a web `ReadableStream` (for
 * example `(await fetch(url)).body` or `file.stream()` in a browser), or any async iterable of
 * text or bytes (for example a Node `Readable` from `fs.createReadStream`). Bytes are read as
 * UTF-8; a byte order mark at the start is dropped.
 *
 * @example
 * ```ts
 * import type { ExportSource } from '@antislavery/referrals/read-exports';
 *
 * const source: ExportSource = 'reference,kind\nNRM-1,nrm-referral\n';
 * ```
 */
export type ExportSource =
  | string
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

const BOM = '\uFEFF';

async function* fromReadableStream(
  stream: ReadableStream<Uint8Array | string>,
): AsyncGenerator<Uint8Array | string> {
  // Not every browser makes a ReadableStream async iterable, so read it through its reader.
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function isReadableStream(source: unknown): source is ReadableStream<Uint8Array | string> {
  return (
    typeof source === 'object' &&
    source !== null &&
    typeof (source as ReadableStream).getReader === 'function'
  );
}

/** The text of a source, chunk by chunk, decoded as UTF-8 and without a leading byte order mark. */
export async function* textChunks(source: ExportSource): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield source.startsWith(BOM) ? source.slice(1) : source;
    return;
  }
  const chunks = isReadableStream(source) ? fromReadableStream(source) : source;
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      // TextDecoder drops a byte order mark from bytes; text chunks may still carry one.
      if (text.startsWith(BOM)) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
