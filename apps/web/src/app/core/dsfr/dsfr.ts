/**
 * The few calls into the DSFR script (loaded as a global script, see project.json). In "angular"
 * mode it starts only when told to; in unit tests it is absent, and every call is then a no-op.
 */
interface DsfrModal {
  conceal(): void;
}

interface DsfrApi {
  /** The DSFR instances of an element, or null when the DSFR has not (yet) registered it. */
  (element: Element): { modal?: DsfrModal } | null | undefined;
  start?: () => void;
}

function dsfr(): DsfrApi | null {
  const candidate = (globalThis as { dsfr?: unknown }).dsfr;
  return typeof candidate === 'function' ? (candidate as DsfrApi) : null;
}

export function startDsfr(): void {
  dsfr()?.start?.();
}

/** Closes a DSFR modal (e.g. the mobile menu after a navigation). */
export function concealDsfrModal(element: Element | null | undefined): void {
  const api = dsfr();
  if (api && element) {
    api(element)?.modal?.conceal();
  }
}
