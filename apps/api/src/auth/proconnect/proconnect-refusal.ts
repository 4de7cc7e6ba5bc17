import type { ProConnectRefusal } from '@boussole/domain';

/** A refused ProConnect sign-in: its code goes to the sign-in page, its detail to the log only. */
export class ProConnectRefused extends Error {
  constructor(
    readonly code: ProConnectRefusal,
    detail: string,
  ) {
    super(detail);
  }
}
