import type { Browser, Page } from 'playwright-core';
import {
  GUESSABLE_PASSWORD,
  acceptInvitation,
  choose,
  choosePassword,
  dialogNamed,
  expectNoAxeViolations,
  invite,
  isoDay,
  label,
  notice,
  openLink,
  type Person,
} from './support/admin';
import { baseUrl, launchBrowser, newPage, productionServer, signIn } from './support/browser';

/** Issue 9: a real team put into Boussole through its screens, from the demo and from an empty database. */
describe('administration of the plan, its people and its reporting cycles', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  /** A run's own suffix, so that the journeys' names cannot meet those of an earlier run. */
  const run = Date.now().toString(36);
  const PASSWORD = 'Glacier-Ocre-Trombone-71';

  async function signedIn(base: string, email: string, password?: string): Promise<Page> {
    const { page } = await newPage(browser, base);
    await signIn(page, email, password);
    await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
    return page;
  }

  it('an admin invites a project manager, who opens the link, sets a password and signs in', async () => {
    const manager: Person = {
      email: `camille.berthier.${run}@sante.gouv.fr`,
      name: `Camille Berthier ${run}`,
      role: 'Chef·fe de projet',
      unit: 'RH',
    };
    const admin = await signedIn(baseUrl(), 'admin@boussole.test');
    let guest: Page | null = null;
    let again: Page | null = null;
    try {
      const link = await invite(admin, manager);
      expect(link.startsWith(`${baseUrl()}/invitation/`)).toBe(true);

      guest = await openLink(browser, baseUrl(), link);
      await guest.getByRole('heading', { level: 1, name: 'Bienvenue sur Boussole' }).waitFor();
      await guest.getByText(`Ce lien est celui du compte ${manager.email}.`, { exact: false }).waitFor();
      await guest.getByText(`${manager.name}, choisissez le mot de passe de votre compte Boussole.`).waitFor();
      await expectNoAxeViolations(guest);

      // A guessable password is refused on its field, in French; the link still serves.
      await choosePassword(guest, GUESSABLE_PASSWORD);
      await guest.getByText(/Ce mot de passe est trop facile à deviner/).first().waitFor();
      expect(guest.url()).toContain('/invitation/');
      await expectNoAxeViolations(guest);

      await choosePassword(guest, PASSWORD);
      await guest.waitForURL(/\/mes-actions$/); // a project manager's start page (issue 12)
      await guest.locator('header').getByText(manager.name).first().waitFor();
      await guest.locator('header').getByText('Chef·fe de projet').first().waitFor();

      // Signed out, then in again with the new password on the sign-in page.
      await guest.getByRole('button', { name: 'Se déconnecter' }).first().click();
      await guest.waitForURL(/\/connexion/);
      await signIn(guest, manager.email, PASSWORD);
      await guest.waitForURL(/\/mes-actions$/); // a project manager's start page (issue 12)

      await guest.getByRole('link', { name: 'Mon compte' }).first().click();
      await guest.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
      const identity = guest.locator('section', { has: guest.getByRole('heading', { name: 'Mon identité' }) });
      await identity.getByText(manager.email).waitFor();
      await identity.getByText('Chef·fe de projet').waitFor();
      await identity.getByText(/RH/).first().waitFor();
      await guest.getByRole('heading', { name: /sessions/i }).first().waitFor();
      await expectNoAxeViolations(guest);

      // The link has served: opened again, it is refused with the French reason.
      again = await openLink(browser, baseUrl(), link);
      await again.getByText(/Ce lien a déjà servi/).waitFor();
      expect(await again.getByLabel(label('Mot de passe')).count()).toBe(0);
      await expectNoAxeViolations(again);

      // And the admin's list shows the new account.
      await admin.goto('/administration/utilisateurs');
      await admin.getByRole('row', { name: new RegExp(manager.name) }).getByText('Chef·fe de projet').waitFor();
    } finally {
      await admin.context().close();
      await guest?.context().close();
      await again?.context().close();
    }
  });

  it('from an empty production database, an admin builds a plan, opens a cycle, and the first update shows on the dashboard', async () => {
    const production = productionServer();
    const base = production.base;
    const plan = `Feuille de route ${run}`;
    const manager: Person = {
      email: `dominique.ferrand.${run}@sante.gouv.fr`,
      name: `Dominique Ferrand ${run}`,
      role: 'Chef·fe de projet',
      unit: 'RH',
    };
    const admin = await signedIn(base, production.admin.email, production.admin.password);
    const pages: Page[] = [admin];
    try {
      // Nothing yet (this is the only journey on that server): the plans page points to the
      // administration, whose home offers the first plan, created in draft, then its structure.
      await admin.waitForURL(/\/plans$/);
      await admin.getByText('Aucun projet stratégique n’est encore enregistré.').waitFor();
      await admin.getByRole('link', { name: 'Créer le premier projet dans l’administration' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
      await admin.getByText('Aucun projet stratégique n’est encore enregistré : créez le premier.').waitFor();
      await admin.getByRole('button', { name: 'Créer un projet stratégique' }).waitFor();
      await expectNoAxeViolations(admin);
      await admin.getByRole('button', { name: 'Créer un projet stratégique' }).click();
      let dialog = await dialogNamed(admin, 'Créer un projet stratégique');
      const year = Number(isoDay().slice(0, 4));
      await dialog.getByLabel(label('Titre')).fill(plan);
      await dialog.getByLabel(label('Description')).fill('Attractivité des métiers du soin, sur trois ans.');
      await dialog.getByLabel(label('Année de début')).fill(String(year));
      await dialog.getByLabel(label('Année de fin')).fill(String(year + 2));
      await dialog.getByRole('button', { name: 'Créer le projet' }).click();
      await admin.waitForURL(/\/administration\/plans\/\d+\/structure$/);
      const planId = Number(/plans\/(\d+)\//.exec(admin.url())?.[1]);
      await admin.getByRole('heading', { level: 1, name: `Structure de « ${plan} »` }).waitFor();
      await admin.getByText('Brouillon').first().waitFor();
      await expectNoAxeViolations(admin);

      // Axis → objective → action → indicator, each in its modal.
      await admin.getByRole('button', { name: 'Ajouter un axe' }).click();
      dialog = await dialogNamed(admin, 'Ajouter un axe');
      await expectNoAxeViolations(admin);
      await dialog.getByLabel(label('Titre')).fill('Rendre les métiers du soin attractifs');
      await dialog.getByRole('button', { name: 'Ajouter l’axe' }).click();
      await notice(admin, 'L’axe « Rendre les métiers du soin attractifs » a été ajouté.');
      await admin.getByRole('button', { name: 'Axe 1 – Rendre les métiers du soin attractifs' }).waitFor();

      await admin.getByRole('button', { name: 'Ajouter un objectif à l’axe 1' }).click();
      dialog = await dialogNamed(admin, 'Ajouter un objectif');
      await dialog.getByLabel(label('Titre')).fill('Fidéliser les soignants à l’hôpital');
      await dialog.getByRole('button', { name: 'Ajouter l’objectif' }).click();
      await notice(admin, 'L’objectif « Fidéliser les soignants à l’hôpital » a été ajouté.');
      await admin.getByRole('button', { name: 'Objectif 1.1 – Fidéliser les soignants à l’hôpital' }).waitFor();

      const actionTitle = 'Déployer les plannings partagés';
      await admin.getByRole('button', { name: 'Ajouter une action à l’objectif 1.1' }).click();
      dialog = await dialogNamed(admin, 'Ajouter une action');
      await expectNoAxeViolations(admin);
      await dialog.getByLabel(label('Titre')).fill(actionTitle);
      await dialog.getByLabel(label('Sous-direction')).selectOption('RH');
      await dialog.getByLabel(label('Date de début')).fill(isoDay(-30));
      await dialog.getByLabel(label('Échéance')).fill(isoDay(60));
      await dialog.getByLabel(label('Poids')).fill('3');
      await dialog.getByRole('button', { name: 'Ajouter l’action' }).click();
      await notice(admin, `L’action « 1.1.1 – ${actionTitle} » a été ajoutée.`);
      const actionLink = admin.getByRole('link', { name: `Action 1.1.1 – ${actionTitle}` });
      await actionLink.waitFor();
      const actionPath = await actionLink.getAttribute('href');
      expect(actionPath).toMatch(/^\/actions\/\d+$/);
      await admin.getByText(/RH · Responsable : aucun · .* · Poids : 3/).waitFor();

      const indicatorName = 'Part des services aux plannings partagés';
      await admin.getByRole('button', { name: 'Ajouter un indicateur à l’action 1.1.1' }).click();
      dialog = await dialogNamed(admin, 'Ajouter un indicateur');
      await expectNoAxeViolations(admin);
      await dialog.getByLabel(label('Nom')).fill(indicatorName);
      await dialog.getByLabel(label('Unité')).fill('%');
      expect(await dialog.getByLabel(label('Ce qu’il mesure')).inputValue()).toBe(`action:${actionPath?.split('/').pop()}`);
      await dialog.getByLabel(label('Valeur de référence')).fill('10');
      await dialog.getByLabel(label('Date de la valeur de référence')).fill(isoDay(-30));
      await dialog.getByLabel(label('Valeur cible')).fill('80');
      await dialog.getByLabel(label('Date cible')).fill(isoDay(365));
      await choose(dialog, 'Trimestrielle');
      await dialog.getByRole('button', { name: 'Ajouter l’indicateur' }).click();
      await notice(admin, `L’indicateur « ${indicatorName} » a été ajouté.`);
      await admin.getByText(indicatorName).first().waitFor();
      await expectNoAxeViolations(admin);

      // The project manager of the unit is invited; they set their password in a context of their own.
      const link = await invite(admin, manager);
      expect(link.startsWith(`${base}/invitation/`)).toBe(true);
      pages.push(await acceptInvitation(browser, base, link, manager, PASSWORD));

      // The new manager may own the action of their unit: the form offers them.
      await admin.goto(`/administration/plans/${planId}/structure`);
      await admin.getByRole('button', { name: 'Tout déplier' }).click();
      await admin.getByRole('button', { name: 'Modifier l’action 1.1.1' }).click();
      dialog = await dialogNamed(admin, 'Modifier l’action 1.1.1');
      await dialog.getByLabel(label('Responsable')).selectOption({ label: `${manager.name} (chef·fe de projet RH)` });
      await dialog.getByRole('button', { name: 'Enregistrer l’action' }).click();
      await notice(admin, `L’action « 1.1.1 – ${actionTitle} » a été enregistrée.`);
      await admin.getByText(`RH · Responsable : ${manager.name}`, { exact: false }).waitFor();

      // Activated from the administration home, after its confirmation.
      await admin.getByRole('link', { name: 'Administration' }).first().click();
      await admin.getByRole('button', { name: `Activer « ${plan} »` }).click();
      dialog = await dialogNamed(admin, `Activer « ${plan} » ?`);
      await expectNoAxeViolations(admin);
      await dialog.getByRole('button', { name: 'Activer le projet' }).click();
      await notice(admin, `Le projet « ${plan} » est maintenant en cours.`);
      await admin.getByRole('button', { name: `Archiver « ${plan} »` }).waitFor();

      // A reporting cycle around today, created then opened.
      const cycle = `Campagne ${run}`;
      await admin.getByRole('link', { name: `Campagnes de « ${plan} »` }).click();
      await admin.getByRole('heading', { level: 1, name: `Campagnes de suivi de « ${plan} »` }).waitFor();
      await admin.getByText('Ce projet n’a pas encore de campagne de suivi.').waitFor();
      await expectNoAxeViolations(admin);
      await admin.getByRole('button', { name: 'Créer une campagne' }).click();
      dialog = await dialogNamed(admin, 'Créer une campagne');
      await dialog.getByLabel(label('Libellé')).fill(cycle);
      await dialog.getByLabel(label('Date d’ouverture')).fill(isoDay(-7));
      await dialog.getByLabel(label('Date de clôture')).fill(isoDay(21));
      await dialog.getByRole('button', { name: 'Créer la campagne' }).click();
      await notice(admin, `La campagne « ${cycle} » a été créée ; ouvrez-la quand elle commence.`);
      await admin.getByRole('button', { name: `Ouvrir « ${cycle} »` }).click();
      await notice(admin, `La campagne « ${cycle} » est ouverte`);
      await admin.getByRole('button', { name: `Clôturer « ${cycle} »` }).waitFor();
      await expectNoAxeViolations(admin);

      // The project manager signs in: the action waits for its update in "Mes actions".
      const pm = await signedIn(base, manager.email, PASSWORD);
      pages.push(pm);
      await pm.waitForURL(/\/mes-actions$/); // a project manager's start page (issue 12)
      const due = pm.locator('section', { has: pm.getByRole('heading', { name: /À faire, les plus urgentes d’abord/ }) });
      await due.getByRole('link', { name: new RegExp(actionTitle) }).click();
      await pm.waitForURL(new RegExp(`${actionPath}$`));
      const update = pm.getByRole('region', { name: 'Mettre à jour l’action' });
      await update.waitFor();
      await choose(update, 'En bonne voie');
      await update.getByLabel(label('Avancement')).fill('40');
      await update.getByLabel(label('Point d’avancement')).fill('Plannings partagés en service dans deux établissements pilotes.');
      await update.getByRole('button', { name: 'Enregistrer le point d’avancement' }).click();
      await update.getByText('Point d’avancement enregistré.').waitFor();
      await pm.getByText('Plannings partagés en service dans deux établissements pilotes.').first().waitFor();

      // The dashboard, for the manager and for the admin: the axis and the plan at 40 %.
      for (const viewer of [pm, admin]) {
        await viewer.goto(`/plans/${planId}`);
        const axis = viewer.locator('[aria-label="Avancement de l’axe 1"]').first();
        await axis.waitFor();
        expect(await axis.getAttribute('aria-valuenow')).toBe('40');
        const whole = viewer.locator('[aria-label="Avancement du projet stratégique"]').first();
        expect(await whole.getAttribute('aria-valuenow')).toBe('40');
      }
      const bar = pm.getByRole('progressbar', { name: 'Avancement de l’action' });
      await pm.goto(actionPath ?? '/');
      expect(await bar.getAttribute('aria-valuenow')).toBe('40');
      // A month gone of its three: about a third was expected by now.
      expect(await bar.getAttribute('aria-valuetext')).toMatch(/^40\s%, attendu 3\d(,\d)?\s%$/);

      // Archived, the plan reads as before but nothing in it may change any more.
      await admin.goto('/administration');
      await admin.getByRole('button', { name: `Archiver « ${plan} »` }).click();
      dialog = await dialogNamed(admin, `Archiver « ${plan} » ?`);
      await dialog.getByRole('button', { name: 'Archiver le projet' }).click();
      await notice(admin, `Le projet « ${plan} » est archivé : il ne se modifie plus.`);
      await admin.getByRole('link', { name: `Structure de « ${plan} »` }).click();
      await admin.getByText(/Ce projet est archivé : sa structure, ses actions et ses indicateurs se consultent/).waitFor();
      await admin.getByRole('button', { name: 'Tout déplier' }).click();
      await admin.getByRole('link', { name: `Action 1.1.1 – ${actionTitle}` }).waitFor();
      expect(await admin.getByRole('button', { name: 'Ajouter un axe' }).count()).toBe(0);
      expect(await admin.getByRole('button', { name: /^Modifier/ }).count()).toBe(0);
      await expectNoAxeViolations(admin);
      await pm.reload();
      await bar.waitFor();
      expect(await bar.getAttribute('aria-valuenow')).toBe('40');
      // The update form says why before anything is typed, and takes nothing.
      await update.getByText(/^Ce projet stratégique est archivé : il se consulte mais ne se modifie plus/).waitFor();
      expect(await update.getByRole('button', { name: 'Enregistrer le point d’avancement' }).isDisabled()).toBe(true);
      expect(await update.getByLabel(label('Avancement')).isDisabled()).toBe(true);
      await expectNoAxeViolations(pm);
    } finally {
      for (const page of pages) await page.context().close();
    }
  });
});
