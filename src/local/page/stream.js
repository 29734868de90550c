const lostMessage = 'Lost the connection to the local workspace server; reconnecting…';

/**
 * Listens to the server's change stream. `onChange(change)` receives each parsed change;
 * `onLost(message)` and `onRestored(message)` report the connection, which EventSource retries.
 */
export function connectStream({ onChange, onLost, onRestored }) {
  const stream = new EventSource('/local/stream');

  stream.addEventListener('change', (event) => onChange(JSON.parse(event.data)));
  stream.addEventListener('open', () => onRestored(lostMessage));
  stream.addEventListener('error', () => onLost(lostMessage));

  return stream;
}
