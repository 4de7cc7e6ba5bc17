import { EntityManager } from 'typeorm';
import { AppError, invalid } from '../common/errors/app-error';

/** An axis's sponsor is an active director (or an admin). */
export async function assertSponsor(manager: EntityManager, sponsorId: number | null | undefined): Promise<void> {
  if (sponsorId == null) return;
  const [user]: { role: string; active: boolean }[] = await manager.query(`SELECT role, active FROM users WHERE id = $1`, [sponsorId]);
  const message = 'Le sponsor de l’axe doit être un compte actif de la direction (ou de l’administration).';
  if (!user) throw invalid(message, { sponsorId: 'Utilisateur inconnu.' });
  if (!user.active || (user.role !== 'director' && user.role !== 'admin')) throw invalid(message, { sponsorId: message });
}

/** « 3 objectifs », « 1 indicateur »: the count with its noun, for the French messages. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n > 1 ? plural : singular}`;
}

/** « a, b et c ». */
export function listFr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** A node that still holds children is not deleted (409), whatever they are. */
export function refuseNonEmpty(what: string, children: string[], advice: string): never {
  throw new AppError('conflict', `${what} contient encore ${listFr(children)} : ${advice}`);
}
