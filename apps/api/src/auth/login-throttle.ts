import type { DataSource } from 'typeorm';
import { tooManyRequests } from '../common/errors/app-error';

/**
 * Sign-in throttling shared by every replica (the rules are in the rate-limits migration's
 * `login_attempt`): one slot taken per attempt under the account and IP pair, the account and the
 * IP, atomically and before the password is checked; a success gives the account's back.
 */
export class LoginThrottle {
  private constructor(
    private readonly db: DataSource,
    private readonly keys: [pair: string, account: string, ip: string],
  ) {}

  /** Takes a slot, or throws a 429 saying when to try again. */
  static async take(db: DataSource, email: string, ip: string): Promise<LoginThrottle> {
    const keys: [string, string, string] = [`pair:${email}|${ip}`, `account:${email}`, `ip:${ip}`];
    const [row] = (await db.query('SELECT login_attempt($1, $2, $3) AS wait', keys)) as { wait: number }[];
    if (row && row.wait > 0) throw tooManyRequests('Trop de tentatives de connexion', row.wait);
    return new LoginThrottle(db, keys);
  }

  async succeeded(): Promise<void> {
    await this.db.query('SELECT login_succeeded($1, $2, $3)', this.keys);
  }
}
