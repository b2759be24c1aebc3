// The API client: filters in, JSON out; errors carry the server's message.

export const FILTER_KEYS = ['type', 'actor', 'modality', 'admin1', 'q', 'since', 'until'];

export function filterParams(state, { dates = true } = {}) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    if (!dates && (k === 'since' || k === 'until')) continue;
    if (state[k]) p.set(k, state[k]);
  }
  return p;
}

export async function getJSON(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await r.json();
  } catch {
    body = null;
  }
  if (!r.ok) throw new Error(body?.error ?? `${r.status} ${r.statusText}`);
  return body;
}
