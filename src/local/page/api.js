/**
 * JSON calls from the page to the local workspace server. Every failure becomes an Error whose
 * message can be shown to the person as it is.
 */

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function request(path, init) {
  let response;

  try {
    response = await fetch(path, init);
  } catch {
    throw new Error('Could not reach the local workspace server. Is Bridge still running?');
  }

  const body = await readJson(response);

  if (!response.ok || body?.ok === false) {
    throw new Error(
      body?.error ?? `The local workspace server responded with HTTP ${response.status}.`,
    );
  }

  return body;
}

export function postJson(path, payload) {
  return request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
}

export function fetchState(userId, channelId) {
  const query = new URLSearchParams({ userId, ...(channelId ? { channelId } : {}) });

  return request(`/local/state?${query}`, { headers: { accept: 'application/json' } });
}
