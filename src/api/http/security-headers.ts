/**
 * Secure headers on every Worker response: hono/secure-headers for the common set (nosniff, no
 * framing, no referrer, HSTS, opener isolation), and the Content-Security-Policy chosen by what the
 * response is — a page, the API reference, or data. Static assets get the same headers from
 * web/public/_headers (scripts/write-headers.ts), since Worker middleware never sees them.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app-env.ts';
import { dataCsp, pageCsp, referenceCsp } from './content-security-policy.ts';

/** Shared with scripts/write-headers.ts, so assets and Worker responses say the same. */
export const commonSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
} as const;

const common = secureHeaders({
  xContentTypeOptions: commonSecurityHeaders['X-Content-Type-Options'],
  xFrameOptions: commonSecurityHeaders['X-Frame-Options'],
  referrerPolicy: commonSecurityHeaders['Referrer-Policy'],
  strictTransportSecurity: commonSecurityHeaders['Strict-Transport-Security'],
  crossOriginOpenerPolicy: commonSecurityHeaders['Cross-Origin-Opener-Policy'],
  // The data is public and the API is read cross-origin (CORS); resource policy would only get in the way of no-cors embeds.
  crossOriginResourcePolicy: false,
});

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await common(c, next);
    // Set here rather than through secureHeaders' option so the text is exactly the one _headers carries.
    c.res.headers.set('Permissions-Policy', commonSecurityHeaders['Permissions-Policy']);
    const type = c.res.headers.get('Content-Type') ?? '';
    const policy = !type.startsWith('text/html')
      ? dataCsp
      : new URL(c.req.url).pathname === '/api/v1/reference'
        ? referenceCsp
        : pageCsp;
    c.res.headers.set('Content-Security-Policy', policy);
  };
}
