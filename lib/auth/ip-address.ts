// Which address a request came from (docs/security.md "Client address"). Next.js does not hand the socket
// address to server actions or Auth.js; it only fills X-Forwarded-For with it when the client sent none. So
// the header's last entry is the best known address, and it is trusted only when TRUSTED_PROXY_HOPS says
// how many proxies of ours appended to it: the client is then the entry that many places from the end.

export type ClientAddress = {
  address: string;
  /** True only when the address came from a proxy we trust; an untrusted one may be forged by the client. */
  trusted: boolean;
};

export function clientAddress(headers: Headers, trustedProxyHops: number): ClientAddress {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (trustedProxyHops > 0 && entries.length >= trustedProxyHops) {
    return { address: entries[entries.length - trustedProxyHops] ?? 'unknown', trusted: true };
  }
  return { address: entries.at(-1) ?? 'unknown', trusted: false };
}
