import type { Browser, Page } from 'playwright-core';
import { choose, dialogNamed, expectNoAxeViolations, label, notice } from './support/admin';
import { launchBrowser, newPage, signIn } from './support/browser';
import { TEAM, TEAM_PASSWORD, apiAs, cycleServer, setUpReview, type CycleFixture } from './support/cycle-team';
import { mailTo } from './support/mailbox';

/**
 * Issue 10: a whole review inside Boussole, on a server of its own whose e-mails reach a real SMTP
 * server: the admin opens the cycle, project managers update, the director reads completeness,
 * reminds those who are late (the messages arrive), validates axis 1 with justifications, the
 * next update on axis 1 is refused, the admin closes the cycle, and the dashboard compares today
 * with the validated cycle.
 */
describe('the reporting cycle, from its opening to its validated, frozen state', () => {
  let browser: Browser;
  let review: CycleFixture;
  const server = cycleServer();
  const pages: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    review = await setUpReview(server);
  });
  afterAll(async () => {
    await Promise.all(pages.map((page) => page.context().close()));
    await browser.close();
  });

  async function signedIn(email: string, password: string): Promise<Page> {
    const { page } = await newPage(browser, server.base);
    pages.push(page);
    await signIn(page, email, password);
    await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
    return page;
  }

  function action(code: string): { id: number; code: string; title: string } {
    const found = review.actions.find((a) => a.code === code);
    if (!found) throw new Error(`no action ${code} in ${review.actions.map((a) => a.code).join(', ')}`);
    return found;
  }

  /** Posts a status update through the action page's form. */
  async function update(page: Page, code: string, status: string, progress: number, narrative: string): Promise<void> {
    await page.goto(`/actions/${action(code).id}`);
    const form = page.getByRole('region', { name: 'Mettre à jour l’action' });
    await form.waitFor();
    await choose(form, status);
    await form.getByLabel(label('Avancement')).fill(String(progress));
    await form.getByLabel(label('Point d’avancement')).fill(narrative);
    await form.getByRole('button', { name: 'Enregistrer le point d’avancement' }).click();
    await form.getByText('Point d’avancement enregistré.').waitFor();
  }

  it('runs a review from the opening of the cycle to the comparison with its frozen state', async () => {
    const { cycleLabel } = review;
    const [first, second, third, other] = ['1.1.1', '1.1.2', '1.1.3', '2.1.1'].map(action);

    // The admin opens the cycle prepared for the review.
    const admin = await signedIn(server.admin.email, server.admin.password);
    await admin.goto('/administration');
    await admin.getByRole('link', { name: /^Campagnes de « / }).first().click();
    await admin.getByRole('button', { name: `Ouvrir « ${cycleLabel} »` }).click();
    await notice(admin, `La campagne « ${cycleLabel} » est ouverte`);

    // Each project manager updates one of their actions; two stay without an update.
    const rh = await signedIn(TEAM.rh.email, TEAM_PASSWORD);
    await rh.getByRole('link', { name: 'Mes actions' }).first().click();
    await rh.getByText(/Campagne Revue de décembre/).first().waitFor();
    await rh.getByText(/2 actions sur 2 restent à mettre à jour/).first().waitFor();
    await update(rh, first.code, 'En bonne voie', 30, 'Plannings partagés en service dans deux établissements pilotes.');
    const q = await signedIn(TEAM.q.email, TEAM_PASSWORD);
    await update(q, other.code, 'À surveiller', 20, 'Deux consultations avancées ouvertes, le recrutement des médecins tarde.');

    // The director finds the cycle from the navigation: 2 of the 4 expected updates, axis 1 at 1 of 3.
    const director = await signedIn(TEAM.director.email, TEAM_PASSWORD);
    await director.getByRole('link', { name: 'Campagne en cours' }).first().click();
    await director.getByRole('heading', { level: 1, name: `Campagne ${cycleLabel}` }).waitFor();
    await director.getByRole('heading', { name: 'Actions sans point d’avancement (2)' }).waitFor();
    const missing = director.locator('section', { has: director.getByRole('heading', { name: /Actions sans point d’avancement/ }) });
    await missing.getByRole('link', { name: new RegExp(second.title) }).waitFor();
    await missing.getByRole('link', { name: new RegExp(third.title) }).waitFor();
    await director.getByText(/2 reçus sur 4 attendus/).first().waitFor();
    await expectNoAxeViolations(director);

    // Reminders: one message to each owner with missing updates, listing their actions with links.
    await director.getByRole('button', { name: 'Relancer les retardataires' }).click();
    const confirm = await dialogNamed(director, 'Relancer les retardataires ?');
    await confirm.getByText(TEAM.rh.name, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Envoyer les rappels' }).click();
    await notice(director, /^\s*2 rappels envoyés/);
    const [toRh] = await mailTo(TEAM.rh.email, /relance de la campagne Revue de décembre/);
    expect(toRh.text).toContain(`${third.code}`);
    expect(toRh.text).toContain(`${server.base}/actions/${third.id}`);
    expect(toRh.text).not.toContain(`${first.code} `);
    expect(toRh.html).toContain('Direction générale de l’offre de soins');
    const [toQ] = await mailTo(TEAM.q.email, /relance de la campagne Revue de décembre/);
    expect(toQ.text).toContain(`${second.code}`);

    // Validation of axis 1: the two missing updates need a justification each.
    await director.getByRole('button', { name: 'Valider l’axe 1' }).click();
    const validate = await dialogNamed(director, `Valider l’axe 1 pour la campagne ${cycleLabel}`);
    await validate.getByRole('button', { name: 'Confirmer la validation' }).click();
    await validate.getByText(`Indiquez pourquoi l’action ${third.code} n’a pas de point d’avancement pour la campagne.`).first().waitFor();
    await validate.getByLabel(label(`Justification pour l’action ${second.code}`)).fill('Référentiel en relecture juridique : point reporté à la prochaine revue.');
    await validate.getByLabel(label(`Justification pour l’action ${third.code}`)).fill('Tutorat suspendu pendant la période des congés.');
    await validate.getByLabel(label('Commentaire')).fill('Axe suivi en comité de direction du 1er décembre.');
    await validate.getByRole('button', { name: 'Confirmer la validation' }).click();
    await director.getByText(`Validé par ${TEAM.director.name}`, { exact: false }).first().waitFor();
    await director.getByText('Tutorat suspendu pendant la période des congés.', { exact: false }).first().waitFor();
    await expectNoAxeViolations(director);

    // The next update on axis 1 is refused, on the page and by the API, in French.
    const lock = `L’axe 1 a été validé pour la campagne ${cycleLabel} : il ne peut plus être modifié pour cette campagne.`;
    await rh.goto(`/actions/${first.id}`);
    await rh.getByText(lock).first().waitFor();
    const asRh = await apiAs(server.base, TEAM.rh.email, TEAM_PASSWORD);
    const current = await asRh<{ version: number }>('GET', `/actions/${first.id}`);
    const refused = await asRh<{ message: string }>('POST', `/actions/${first.id}/updates`, {
      status: 'at_risk',
      progress: 35,
      narrative: 'Un établissement pilote se retire.',
      version: current.body.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(lock);
    // Axis 2 is not validated: its updates still land.
    await update(q, other.code, 'À surveiller', 25, 'Une troisième consultation avancée s’ouvre en janvier.');

    // The admin closes the cycle: the rest of the plan is frozen with it.
    await admin.reload();
    await admin.getByRole('button', { name: `Clôturer « ${cycleLabel} »` }).click();
    const close = await dialogNamed(admin, `Clôturer la campagne « ${cycleLabel} » ?`);
    await close.getByRole('button', { name: 'Clôturer la campagne' }).click();
    await notice(admin, `La campagne « ${cycleLabel} » est clôturée.`);
    // The directors get the closed cycle's completeness.
    const [summary] = await mailTo(TEAM.director.email, /la campagne Revue de décembre est close/);
    expect(summary.text).toMatch(/50\s%/);

    // After the cycle, the action moves again; the dashboard compares today with the frozen cycle.
    await update(rh, first.code, 'À surveiller', 45, 'Un établissement pilote se retire, un autre le remplace en janvier.');
    await director.goto(`/plans/${review.planId}`);
    const changes = director.locator('section', { has: director.getByRole('heading', { level: 2, name: 'Ce qui a changé' }) });
    await changes.locator('label[for="depuis-campagne"]', { hasText: `Depuis la campagne ${cycleLabel} validée` }).click();
    await changes.locator('caption', { hasText: cycleLabel }).waitFor();
    const row = changes.locator('tr', { hasText: first.title });
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toMatch(/En bonne voie → à À surveiller ▼.* 30 % → à 45 % ▲/);
    await director.getByRole('img', { name: /Avancement des axes/ }).waitFor();
    await expectNoAxeViolations(director);

    // The whole review is in the admin's journal: the reminders, the validation, the closing.
    await admin.goto('/administration/journal');
    await admin.getByLabel('Type d’enregistrement', { exact: true }).selectOption({ label: 'Campagne de suivi' });
    await admin.getByRole('button', { name: 'Filtrer', exact: true }).click();
    await admin.waitForURL(/entity=cycle/);
    const journal = admin.getByRole('table');
    for (const verb of ['Envoi des relances de la campagne', 'Validation d’un axe pour la campagne', 'Modification de la campagne']) {
      await journal.getByText(verb, { exact: false }).first().waitFor();
    }
    await journal.getByText(TEAM.director.name).first().waitFor();
    await expectNoAxeViolations(admin);
  });
});
