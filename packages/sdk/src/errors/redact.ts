/** What replaces a secret in a redacted URL or text. */
const MASK = '***';

/** A path segment that looks like an API key or token: 16 or more letters, digits, `_` or `-`. */
const KEY_LIKE = /^[A-Za-z0-9_-]{16,}$/;
/** A version segment (`v2`, `v3`, …): providers put the key right after it (`/v3/<key>`). */
const VERSION = /^v\d+$/i;

function redactPath(path: string): string {
  let afterVersion = false;
  return path
    .split('/')
    .map((segment) => {
      if (segment === '') return segment;
      if (afterVersion || KEY_LIKE.test(segment)) return MASK;
      if (VERSION.test(segment)) afterVersion = true;
      return segment;
    })
    .join('/');
}

function redactQuery(query: string): string {
  if (query === '' || query === '?') return '';
  return `?${query
    .slice(1)
    .split('&')
    .map((pair) => {
      if (pair === '') return pair;
      const equals = pair.indexOf('=');
      return equals < 0 ? MASK : `${pair.slice(0, equals)}=${MASK}`;
    })
    .join('&')}`;
}

/**
 * A URL fit for an error message or a log: user name and password become `***@`, path segments that look like keys
 * (16 or more of `A–Z a–z 0–9 _ -`, and every segment after a version segment such as `/v2/` or `/v3/`) and every
 * query value become `***`, a fragment is dropped; scheme, host and port are kept. RPC URLs often carry credentials
 * (`https://mainnet.infura.io/v3/<key>`, `https://user:password@host`, `?apikey=…`): never print one unredacted.
 * Text that is not a URL is redacted as well as its shape allows.
 * @example
 * redactUrl('http://user:hunter2@host:8545/v3/MYAPIKEY?apikey=abc') // 'http://***@host:8545/v3/***?apikey=***'
 */
export function redactUrl(url: string): string {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url.trim());
  // Not a URL (a typo such as a missing scheme): keep what cannot be a secret, so the message still shows the mistake.
  if (!match) return url.replace(/[^\s/@]+@/g, `${MASK}@`).replace(/[A-Za-z0-9_-]{16,}/g, MASK);
  const [, scheme, authority = '', path = '', query = ''] = match;
  const at = authority.lastIndexOf('@');
  const host = at < 0 ? authority : `${MASK}@${authority.slice(at + 1)}`;
  return `${scheme}${host}${redactPath(path)}${redactQuery(query)}`;
}

/**
 * Redacts every http(s) and ws(s) URL inside a text with {@link redactUrl} (an error message, a node's reply, a log
 * line). Other secrets (private keys, operator secrets) are the caller's to keep out.
 * @example
 * redactSecrets('cannot reach https://x.infura.io/v3/0123456789abcdef0123: check it') // 'cannot reach https://x.infura.io/v3/***: check it'
 */
export function redactSecrets(text: string): string {
  return text.replace(/\b(?:https?|wss?):\/\/[^\s"'<>`]+/gi, (found) => {
    const trailing = /[.,;:!?)\]}]+$/.exec(found)?.[0] ?? '';
    return `${redactUrl(found.slice(0, found.length - trailing.length))}${trailing}`;
  });
}
