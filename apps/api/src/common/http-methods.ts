/** The methods that read and never write (RFC 9110 "safe"): not limited, not same-origin checked, never ending the read cache. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isSafeMethod = (method: string): boolean => SAFE_METHODS.has(method);
