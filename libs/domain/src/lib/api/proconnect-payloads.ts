/**
 * Why a ProConnect sign-in was refused: the API's callback sends the browser back to the sign-in
 * page with `?proconnect=<code>`, and the page says in French what to do.
 */
export const PROCONNECT_REFUSALS = [
  /** The provider could not be reached (discovery, token or userinfo endpoint). */
  'indisponible',
  /** No sign-in under way in this browser: expired (10 min), already used, or started elsewhere. */
  'expiree',
  /** The answer did not hold: `state` tampered, ID token invalid (signature, issuer, audience, expiry, nonce). */
  'verification',
  /** The provider refused the code (expired or already used). */
  'code',
  /** The person cancelled at the provider, or it refused. */
  'annulee',
  /** No Boussole account has that e-mail. */
  'compte-inconnu',
  /** The account exists but is deactivated. */
  'compte-inactif',
  /** The account is linked to another ProConnect identity. */
  'compte-lie',
] as const;

export type ProConnectRefusal = (typeof PROCONNECT_REFUSALS)[number];

/** `POST /api/auth/logout` of a session opened through ProConnect: the browser goes there next. */
export interface LogoutResponse {
  /** The provider's end_session_endpoint with `id_token_hint` and `post_logout_redirect_uri`. */
  endSessionUrl: string;
}
