import { AppError } from '../common/errors/app-error';

/**
 * A write based on another version than the current one is refused (409) with the record as it
 * is now, as for actions. `subject` starts the French sentence: « Cet axe a été modifié… ».
 */
export async function assertRecordVersion(
  expected: number,
  record: { version: number },
  subject: { text: string; feminine?: boolean },
  current: () => Promise<unknown>,
): Promise<void> {
  if (expected === record.version) return;
  const payload = await current();
  const changed = subject.feminine ? 'modifiée' : 'modifié';
  const reload = subject.feminine ? 'Rechargez-la' : 'Rechargez-le';
  throw new AppError(
    'conflict',
    `${subject.text} a été ${changed} entre-temps (version ${record.version}, vous aviez la version ${expected}). ${reload} avant d’enregistrer.`,
    { current: payload },
  );
}
