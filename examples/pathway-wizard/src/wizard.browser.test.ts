import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ACTION_IDS, type ActionId, nationalRuleSet, type PathwayFacts } from '@antislavery/pathways';
import type { TestCase } from '@antislavery/rules';
import { loadCaseFile } from '@antislavery/rules/json';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Builds the page, opens dist/index.html from the file system in headless Chromium and answers
// the questions as a practitioner would, by their labels. What the result page must show is
// taken from the pathway package's case files (facts, date and the rules that fire, each worked
// out from the sources) and from the rules those cases name, never from the page itself.

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumMissing = existsSync(CHROMIUM_PATH)
  ? undefined
  : `Chromium is not at ${CHROMIUM_PATH}: install it, or set CHROMIUM_PATH to where it is`;

const exampleRoot = fileURLToPath(new URL('../', import.meta.url));
const pageUrl = pathToFileURL(join(exampleRoot, 'dist', 'index.html')).href;
const screenshots = join(exampleRoot, 'screenshots');
const TIMEOUT = 60_000;

type PathwayCase = TestCase<PathwayFacts>;

const requireFromHere = createRequire(import.meta.url);
function pathwayCase(file: string, name: string): PathwayCase {
  const json: unknown = JSON.parse(
    readFileSync(requireFromHere.resolve(`@antislavery/pathways/cases/${file}`), 'utf8'),
  );
  const loaded = loadCaseFile(json);
  if (!loaded.ok) throw new Error(`${file} is not a valid case file`);
  const found = loaded.caseFile.cases.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`${file} has no case named "${name}"`);
  return found as PathwayCase;
}

const listed = (expectation: unknown): readonly string[] => {
  if (!Array.isArray(expectation)) throw new Error('expected the case to list every item');
  return expectation.map(String);
};

/** The actions the rules a case fires ask for, in the order the decision takes them (ACTION_IDS). */
function actionsOfFiredRules(pathway: PathwayCase): ActionId[] {
  const fired = new Set(listed(pathway.expect.fired));
  const jurisdiction = pathway.facts.jurisdiction;
  if (jurisdiction === undefined) throw new Error('expected the case to give the nation');
  const ids = nationalRuleSet(jurisdiction)
    .rules.filter((rule) => fired.has(rule.id))
    .flatMap((rule) => rule.outcome.actions?.map((action) => action.id) ?? []);
  return ACTION_IDS.filter((id) => ids.includes(id));
}

// The labels a practitioner reads on the radios, written out here rather than read from the page.
const LABELS: Readonly<Record<string, string>> = {
  england: 'England',
  wales: 'Wales',
  police: 'Police',
  'local-authority': 'Local authority',
  nhs: 'NHS',
  charity: 'Charity (not designated)',
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
  given: 'Yes, they consent',
  refused: 'No, they do not consent',
};

const sorted = (items: readonly string[]) => [...items].sort();

const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'yes' : 'no');

/** The answer a case's facts give to each question, by the name of its radios. */
function answersOf(facts: PathwayCase['facts']): Readonly<Record<string, string | undefined>> {
  return {
    nation: facts.jurisdiction,
    'organisation-type': facts.responder?.organisationType,
    'under-18': facts.person?.under18,
    'immediate-danger': yesNo(facts.person?.inImmediateDanger),
    consent: facts.person?.consent,
    'co-operation': yesNo(facts.person?.cooperatingWithAuthorities),
    'care-needs': yesNo(facts.person?.hasCareAndSupportNeeds),
  };
}

const heading = (page: Page) => page.locator('h1').textContent();
const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? '');

/** Answers each question the page asks from the case's facts, and returns the questions asked. */
async function answerQuestions(page: Page, facts: PathwayCase['facts']): Promise<string[]> {
  const answers = answersOf(facts);
  const asked: string[] = [];
  while ((await heading(page)) !== 'Check your answers') {
    const question = await page.locator('input[type=radio]').first().getAttribute('name');
    if (question === null) throw new Error('expected a question page');
    const value = answers[question];
    if (value === undefined) throw new Error(`the page asked "${question}", which the case does not state`);
    const label = LABELS[value];
    if (label === undefined) throw new Error(`no label written down for ${value}`);
    if (asked.length > 0) expect(await focusedTag(page), 'focus on the question').toBe('H1');
    asked.push(question);
    await page.getByLabel(label, { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  return asked;
}

async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshots, { recursive: true });
  const file = join(screenshots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const texts = (page: Page, selector: string, attribute: string) =>
  page
    .locator(selector)
    .evaluateAll((elements, name) => elements.map((element) => element.getAttribute(name) ?? ''), attribute);

/**
 * Checks the result page against a case: the steps are the actions of the rules the case fires,
 * in order; the national rules explained are exactly those it fires; and what is still to find
 * out is what the case says is missing, where it says.
 */
async function expectResultFor(page: Page, pathway: PathwayCase): Promise<void> {
  expect(await heading(page)).toBe('What to do next');
  expect(await texts(page, '[data-action-id]', 'data-action-id')).toEqual(actionsOfFiredRules(pathway));
  expect(sorted(await texts(page, '[data-stage=pathway]', 'data-rule-id'))).toEqual(
    sorted(listed(pathway.expect.fired)),
  );
  if (Array.isArray(pathway.expect.missing)) {
    expect(await texts(page, '[data-missing-fact]', 'data-missing-fact')).toEqual(pathway.expect.missing);
  }
}

if (chromiumMissing !== undefined && process.env.CI) {
  describe('the pathway wizard in Chromium', () => {
    it('needs Chromium in CI', () => {
      throw new Error(`${chromiumMissing}. The wizard's browser test must run in CI.`);
    });
  });
} else if (chromiumMissing !== undefined) {
  describe('the pathway wizard in Chromium', () => {
    it.skip(`is skipped: ${chromiumMissing}`, () => {});
  });
} else {
  describe('the pathway wizard in Chromium', { timeout: TIMEOUT }, () => {
    let browser: BrowserContext | undefined;
    let userDataDir: string | undefined;

    beforeAll(async () => {
      execFileSync(process.execPath, [join(exampleRoot, 'scripts', 'build.mjs')], {
        cwd: exampleRoot,
        stdio: 'pipe',
      });
      // A fresh profile in a temporary folder. Playwright passes it to Chromium as --user-data-dir
      // itself, and refuses that flag among the arguments.
      userDataDir = mkdtempSync(join(tmpdir(), 'pathway-wizard-chromium-'));
      browser = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        viewport: { width: 1024, height: 768 },
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    }, TIMEOUT);

    afterAll(async () => {
      await browser?.close();
      if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
    }, TIMEOUT);

    // The page decides for today in the UK, so the browser's clock is set to the case's date.
    async function openWizard(asOf = '2026-04-01'): Promise<Page> {
      if (browser === undefined) throw new Error('Chromium did not start');
      const page = await browser.newPage();
      await page.clock.setFixedTime(new Date(`${asOf}T12:00:00Z`));
      await page.goto(pageUrl);
      return page;
    }

    it('tells a police officer to contact children’s services, then refer a child found at a car wash in England, without asking for consent', async () => {
      const child = pathwayCase(
        'national-children.json',
        'a child met by the police in England is safeguarded first and referred without consent',
      );
      const page = await openWizard();
      try {
        const asked = await answerQuestions(page, child.facts);
        // A child is referred without consent, so is never asked for it.
        expect(asked).toEqual(['nation', 'organisation-type', 'under-18', 'immediate-danger']);

        await page.getByRole('button', { name: 'See what to do next' }).click();
        expect(await heading(page)).toBe('What to do next');
        expect(await focusedTag(page)).toBe('H1');

        const actions = await texts(page, '[data-action-id]', 'data-action-id');
        expect(actions).toEqual(['contact-childrens-services', 'submit-nrm-referral']);
        expect(actions).toEqual(actionsOfFiredRules(child));
        expect(sorted(await texts(page, '[data-stage=pathway]', 'data-rule-id'))).toEqual(
          sorted(listed(child.expect.fired)),
        );
        expect(await texts(page, '[data-missing-fact]', 'data-missing-fact')).toEqual(
          listed(child.expect.missing),
        );

        const steps = page.locator('[data-action-id]');
        await expect(steps.nth(0).locator('h3').textContent()).resolves.toBe(
          "Contact the local authority's children's services before the referral",
        );
        await expect(steps.nth(1).textContent()).resolves.toContain("The person's consent is not needed.");
        await expect(steps.nth(1).locator('a[href="mailto:nrm@modernslavery.gov.uk"]').count()).resolves.toBe(
          1,
        );
        await expect(page.getByText('Decided for 1 April 2026', { exact: false }).count()).resolves.toBe(1);

        const file = await screenshot(page, 'child-england-police');
        expect(statSync(file).size).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });

    it('tells a council worker not to refer an adult who refuses consent, and to send a notification instead', async () => {
      const adult = pathwayCase(
        'national-adults.json',
        'an adult who refuses but agrees to co-operate may be named in the notification',
      );
      const page = await openWizard();
      try {
        const asked = await answerQuestions(page, adult.facts);
        expect(asked).toEqual([
          'nation',
          'organisation-type',
          'under-18',
          'immediate-danger',
          'consent',
          'co-operation',
          'care-needs',
        ]);
        await page.getByRole('button', { name: 'See what to do next' }).click();
        await expectResultFor(page, adult);
        // No NRM referral without consent; the council's duty to notify is met by a notification.
        expect(await texts(page, '[data-action-id]', 'data-action-id')).toEqual(['submit-duty-to-notify']);
        const notification = page.locator('[data-action-id=submit-duty-to-notify]');
        await expect(notification.locator('h3').textContent()).resolves.toBe(
          'Send an anonymous Duty to Notify notification to the Home Office',
        );
        // The case: they agree to co-operate, so it may name them, but never give their date of birth.
        await expect(notification.textContent()).resolves.toContain(
          'It may include their gender, their nationality, what happened to them, their name and their contact details.',
        );
        await expect(notification.textContent()).resolves.toContain(
          'It must not include their date of birth.',
        );

        // docs/pathway-rules.md: the notification rule cites the Modern Slavery Act 2015 s52(1).
        const source = page.locator(
          '[data-rule-id="adult.consent-refused.notification"] .app-rule__source a',
        );
        await expect(source.textContent()).resolves.toBe('Modern Slavery Act 2015, s52(1)');
        await expect(source.getAttribute('href')).resolves.toBe(
          'http://legislation.gov.uk/id/ukpga/2015/30/section/52/1',
        );
        await expect(page.locator('[data-rule-id="dtn.applies"]').count()).resolves.toBe(1);

        const file = await screenshot(page, 'adult-refuses-consent-council');
        expect(statSync(file).size).toBeGreaterThan(0);
        expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
      } finally {
        await page.close();
      }
    });

    it.each([
      ['national-children.json', 'a child in immediate danger: call 999 before anything else'],
      [
        'national-children.json',
        'a person who may be under 18 is treated as a child and referred for an age assessment',
      ],
      [
        'national-children.json',
        "a nurse who meets a child passes the case to a first responder and contacts children's services, but never refers",
      ],
      [
        'national-adults.json',
        'on 31 October 2015 the police do not notify for an adult who refuses: the duty is not yet in force',
      ],
      ['national-adults.json', 'a charity that is not designated passes on the case of an adult who refuses'],
    ])('gives the steps and rules of the case file %s: %s', async (file, name) => {
      const pathway = pathwayCase(file, name);
      const page = await openWizard(pathway.asOf);
      try {
        await answerQuestions(page, pathway.facts);
        await page.getByRole('button', { name: 'See what to do next' }).click();
        await expectResultFor(page, pathway);
      } finally {
        await page.close();
      }
    });

    it('shows an error summary that links to the radios when the user continues without answering', async () => {
      const page = await openWizard();
      try {
        await page.getByLabel('England', { exact: true }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.getByLabel('Police', { exact: true }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
        expect(await heading(page)).toBe('Is the person under 18?');

        await page.getByRole('button', { name: 'Continue' }).click();
        const summary = page.locator('.app-error-summary');
        await expect(summary.locator('h2').textContent()).resolves.toBe('There is a problem');
        expect(await focusedClass(page)).toBe('app-error-summary');
        expect(await page.title()).toBe('Error: Is the person under 18? – Modern slavery: what to do next');
        await expect(page.locator('#under-18-error').textContent()).resolves.toBe(
          'Error: Select if the person is under 18',
        );
        await expect(page.locator('fieldset').getAttribute('aria-describedby')).resolves.toBe(
          'under-18-hint under-18-error',
        );

        await summary.getByRole('link', { name: 'Select if the person is under 18' }).click();
        expect(await focusedId(page)).toBe('under-18');
      } finally {
        await page.close();
      }
    });

    it('can be used with the keyboard alone', async () => {
      const page = await openWizard();
      try {
        await page.keyboard.press('Tab'); // the skip link
        await page.keyboard.press('Tab'); // the radios, as one stop
        expect(await focusedId(page)).toBe('nation');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter'); // Continue, with nothing selected
        expect(await focusedClass(page)).toBe('app-error-summary');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter'); // the error's link
        expect(await focusedId(page)).toBe('nation');
        await page.keyboard.press('ArrowDown'); // moves to Wales and selects it
        await page.keyboard.press('Enter'); // submits the form
        expect(await heading(page)).toBe('What type of organisation do you work for?');
        expect(await focusedTag(page)).toBe('H1');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space'); // Local authority
        await page.keyboard.press('Enter');
        expect(await heading(page)).toBe('Is the person under 18?');
        await page.keyboard.press('Shift+Tab'); // out of the heading, back to the "Back" link
        await page.keyboard.press('Enter');
        expect(await heading(page)).toBe('What type of organisation do you work for?');
        await expect(page.getByLabel('Local authority', { exact: true }).isChecked()).resolves.toBe(true);
      } finally {
        await page.close();
      }
    });

    it('returns to "Check your answers" after a change, asking first any question the new answer raises', async () => {
      const page = await openWizard();
      try {
        await answerQuestions(page, {
          jurisdiction: 'wales',
          responder: { organisationType: 'police' },
          person: { under18: 'yes', inImmediateDanger: false },
        });
        await page.getByRole('link', { name: 'Change if the person is under 18' }).click();
        expect(await heading(page)).toBe('Is the person under 18?');
        await page.getByLabel('No', { exact: true }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
        // An adult must be asked for consent, so the change raises that question first.
        expect(await heading(page)).toBe(
          'Does the person consent to being referred to the National Referral Mechanism (NRM)?',
        );
        await page.getByLabel('Yes, they consent', { exact: true }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
        expect(await heading(page)).toBe('Does the person have care and support needs?');
        await page.getByLabel('No', { exact: true }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
        expect(await heading(page)).toBe('Check your answers');
        await expect(page.locator('.app-summary-list__key').allTextContents()).resolves.toEqual([
          'Where in the UK',
          'Your organisation',
          'Under 18',
          'In immediate danger',
          'Consents to an NRM referral',
          'Care and support needs',
        ]);

        await page.goBack();
        expect(await heading(page)).toBe('Does the person have care and support needs?');
      } finally {
        await page.close();
      }
    });
  });
}
