// WebKit (the engine of every browser on an iPad) end to end: offline start, séance, floor, notes, board, closing, report, storage advice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearShots, shootScreen } from './screenshot';
import { pageErrors, serveProbedApp } from './serve';
import { User, type Query } from './user';
import { WebKit } from './webdriver';

const TITLE = 'Comité des usagers — Lannion';
const NAMES = ['Alice', 'Bilal', 'Chloé'] as const;
const VERBATIM = 'Au guichet, « on nous renvoie d’un bureau à l’autre ».';
const POST_IT = 'Fermé trop tôt le soir';

const floor: Query = { css: '[data-testid="floor"]' };
const unsorted: Query = { role: 'list', name: 'Post-its non classés' };
const tile = (name: string): Query => ({ role: 'button', name: new RegExp(`^(Donner|Reprendre) la parole à\\s*${name}(\\s|$)`) });

describe('WebKit (MiniBrowser, WebKitGTK)', () => {
  let app: Awaited<ReturnType<typeof serveProbedApp>> | undefined;
  let browser: WebKit | undefined;
  let user: User;

  beforeAll(async () => {
    clearShots();
    app = await serveProbedApp();
    browser = await WebKit.launch();
    user = new User(browser);
  });

  // Each step builds on the one before: after a failure the rest are skipped, and the screen is kept for a look.
  let broken = false;
  beforeEach(({ skip, onTestFailed, task }) => {
    if (broken) skip();
    onTestFailed(() => {
      broken = true;
      if (browser) shootScreen(browser.display, `echec-${task.name.slice(0, 40).replace(/[^A-Za-z0-9]+/g, '-')}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.dispose();
  });

  /** A step ends with the page having recorded no error since it was loaded. */
  const noErrors = async () => {
    const errors = await pageErrors(browser!);
    expect(errors, `errors in the page:\n${errors.join('\n')}`).toEqual([]);
  };
  const savedThenReload = async () => {
    await user.until(() => user.read({ css: '[data-testid="save-indicator"]' }), 'Enregistré');
    await browser!.reload();
  };

  it('home renders with no error', async () => {
    await browser!.go(`${app!.url}/`);
    await user.heading('Vos séances');
    await user.see({ role: 'button', name: 'Nouvelle séance' });
    await noErrors();
    shootScreen(browser!.display, 'accueil');
  });

  it('the service worker controls the page; with the server stopped, a reload still opens the app', async () => {
    const state = await browser!.exec(async () => {
      const sw = navigator.serviceWorker;
      const within = <T,>(p: Promise<T>, what: string) =>
        Promise.race([p, new Promise<never>((_, no) => setTimeout(() => no(new Error(`service worker: ${what} after 20 s`)), 20_000))]);
      const worker = (await within(sw.ready, 'no registration ready')).active;
      if (worker && worker.state !== 'activated') {
        await within(new Promise<void>((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok())), `still ${worker.state}`);
      }
      if (!sw.controller) await within(new Promise<void>((ok) => sw.addEventListener('controllerchange', () => ok(), { once: true })), 'page not controlled');
      return { state: worker?.state, controlled: sw.controller !== null };
    });
    expect(state).toEqual({ state: 'activated', controlled: true });
    await user.tap({ role: 'link', name: 'Paramètres' });
    await user.see({ text: 'Prêt à fonctionner hors ligne.' });

    await app!.stop();
    await expect(fetch(`${app!.url}/`)).rejects.toThrow();
    await browser!.go(`${app!.url}/`);
    await user.heading('Vos séances');
    await browser!.reload();
    await user.heading('Vos séances');
    // What the facilitator checks before a séance in a room with no network.
    await user.tap({ role: 'link', name: 'Paramètres' });
    await user.see({ text: 'Prêt à fonctionner hors ligne.' });
    await user.tap({ role: 'link', name: 'Séances' });
    await noErrors();
  });

  it('a séance created (offline from here on) is still there after a reload', async () => {
    await user.tap({ role: 'button', name: 'Nouvelle séance' });
    await user.see({ role: 'tab', name: /^La séance/ });
    await user.fill({ label: 'Titre de la séance' }, TITLE);
    await user.heading(TITLE);
    await savedThenReload();
    await user.heading(TITLE);
    expect(await user.value({ label: 'Titre de la séance' })).toBe(TITLE);

    await user.tap({ role: 'tab', name: /^Participants/ });
    for (const [i, name] of NAMES.entries()) {
      await user.fill({ label: 'Nouveau participant : pseudonyme ou prénom' }, name);
      await user.tap({ role: 'button', name: 'Ajouter le participant' });
      await user.see({ role: 'listitem', name: `Place ${i + 1} : ${name}` });
    }
    await user.tap({ role: 'link', name: 'Séances' });
    await user.see({ role: 'article', name: TITLE });
    await noErrors();
  });

  it('the floor given by a tap and a verbatim captured survive a reload', async () => {
    await user.tap({ role: 'link', name: 'Préparer', within: await user.get({ role: 'article', name: TITLE }) });
    await user.tap({ role: 'button', name: 'Démarrer la séance' });
    await user.heading('Présentation des objectifs');
    await user.tap({ role: 'button', name: 'Afficher la prise de notes' });
    await user.tap(tile('Bilal'));
    await user.until(() => user.read(floor), /^La parole est à Bilal/);

    const field = await user.get({ label: 'Verbatim ou note' });
    await browser!.type(field, VERBATIM, 'Enter');
    const item = { css: 'li.verbatim', text: new RegExp(`Bilal[\\s\\S]*${VERBATIM.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) };
    await user.see(item);
    await user.until(() => user.value(field), '');
    shootScreen(browser!.display, 'salle-notes');

    await savedThenReload();
    await user.heading('Présentation des objectifs');
    await user.until(() => user.read(floor), /^La parole est à Bilal/);
    if (await user.isShown({ role: 'button', name: 'Afficher la prise de notes' })) await user.tap({ role: 'button', name: 'Afficher la prise de notes' });
    await user.see(item);
    await noErrors();
  });

  it('a post-it moved with « Déplacer vers… » is in its new group, also after a reload', async () => {
    await user.tap({ role: 'button', name: 'Masquer la prise de notes' });
    await user.tap({ role: 'button', name: /^Aller à la phase 4/ });
    await user.heading('Attentes et axes de progrès');
    await user.tap({ role: 'link', name: 'Ouvrir le tableau de post-its' });
    await user.heading('Tableau de post-its');
    await user.fill({ label: 'Nouveau post-it' }, POST_IT);
    await user.tap({ role: 'button', name: 'Irritant' });
    const card = (where: Query): Promise<Query> => user.get(where).then((list) => ({ css: 'li[data-card]', text: new RegExp(POST_IT), within: list }));
    await user.tap({ role: 'button', pressed: false, within: await user.get(await card(unsorted)) });
    await user.tap({ role: 'button', name: 'Déplacer vers…' });
    const dialog = await user.get({ role: 'dialog', name: 'Déplacer le post-it vers…' });
    await user.tap({ role: 'radio', name: 'Nouveau regroupement', within: dialog });
    await user.fill({ label: 'Nom du nouveau regroupement', within: dialog }, 'Horaires');
    await user.tap({ role: 'button', name: 'Déplacer', within: dialog });
    await user.see(await card({ role: 'list', name: 'Horaires' }));
    await user.see({ text: 'Aucun post-it à classer.' });
    shootScreen(browser!.display, 'tableau');

    await savedThenReload();
    await user.heading('Tableau de post-its');
    await user.see(await card({ role: 'list', name: 'Horaires' }));
    await noErrors();
  });

  it('the séance closed in phase 5, its rapport de synthèse opens and tells what happened', async () => {
    await user.tap({ role: 'link', name: 'Retour à la salle' });
    await user.heading('Attentes et axes de progrès');
    await user.tap({ role: 'button', name: /^Aller à la phase 5/ });
    await user.heading('Bilan et synthèse');
    await user.tap({ role: 'button', name: 'Clôturer la séance' });
    const confirm = await user.get({ role: 'alertdialog', name: 'Clôturer la séance ?' });
    await user.tap({ role: 'button', name: 'Clôturer', within: confirm });
    await user.see({ text: 'Séance clôturée' });
    await user.tap({ role: 'link', name: 'Rapport de synthèse', within: await user.get({ role: 'status', name: /Séance clôturée/ }) });
    await user.heading('Rapport de synthèse');
    const learnings = await user.read({ role: 'region', name: 'Principaux enseignements' });
    expect(learnings).toContain('Matière recueillie : 1 verbatim, aucune observation du secrétaire, 1 post-it.');
    // The room's record: the one turn given in WebKit, and the phases held.
    const conduct = await user.read({ role: 'region', name: 'Annexe 2 — Déroulement et temps de parole' });
    expect(conduct).toMatch(/Bilal \d+ min · 100 % · 1 prise de parole/);
    expect(conduct).toMatch(/Phase 2 — Tour de table 15 min non tenue/);
    shootScreen(browser!.display, 'rapport');
    await noErrors();
  });

  it('WebKit without navigator.storage: the card says no copy left the tablet, Paramètres › Stockage says what is not known and to keep copies', async () => {
    await user.tap({ role: 'link', name: 'Séances' });
    const card = await user.get({ role: 'article', name: TITLE });
    await user.see({ text: 'Aucune copie hors de la tablette', within: card });
    // WebKitGTK's user agent is a desktop's: no Home Screen banner (that one is the iPad's).
    expect(await user.isShown({ role: 'region', name: 'Gardez vos séances sur cette tablette' })).toBe(false);
    await user.tap({ role: 'link', name: 'Paramètres' });
    await user.until(() => user.read({ css: '[data-testid="storage-persistence"]' }), "Ce navigateur n'indique pas si le stockage est persistant.");
    expect(await user.read({ css: '[data-testid="storage-usage"]' })).toBe("L'espace utilisé n'est pas connu sur ce navigateur.");
    expect(await user.read({ css: '[data-testid="storage-advice"]' })).toMatch(/^Ce navigateur \(moteur de Safari\) peut effacer les données de Cercle après sept jours sans visite\s:\sgardez une copie de chaque séance hors de cet appareil\.$/);
    expect(await user.read({ role: 'list', name: 'Dernière copie de chaque séance' })).toMatch(/Aucune copie hors de la tablette/);
    // The screenshot is of the X display: bring the panel into it.
    await browser!.exec(() => document.getElementById('storage-title')?.scrollIntoView());
    shootScreen(browser!.display, 'parametres-stockage');
    await noErrors();
  });
});
