import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { events, opportunities, organizations, people, rsvps } from '../../src/db/schema/index.js';
import { startTestBridge, type TestBridge } from '../support/bridge.js';

/**
 * Drives the local workspace in headless Chromium as its people would: register an opportunity,
 * create and announce an event, RSVP as two people and read the Home tab. The tests share one
 * page and one database, so they run in order and each builds on the one before.
 */

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumMissing = !existsSync(chromiumPath);
const chromiumMissingReason = `Chromium not found at ${chromiumPath}. Install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`;

/** Monday, March 1, 2027, 9:00 AM in America/Chicago, the demo partnership's time zone. */
const now = new Date('2027-03-01T15:00:00Z');

const opportunityTitle = 'Pipe welding summer internship';
const eventTitle = 'Welding lab open house';

let testBridge: TestBridge | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (chromiumMissing) {
    if (process.env.CI) throw new Error(`${chromiumMissingReason}. CI must run this test.`);

    // The default reporter lists skipped tests without their note, so the reason goes to stderr.
    console.warn(`Skipping the local workspace browser test: ${chromiumMissingReason}.`);
    return;
  }

  testBridge = await startTestBridge({ driver: 'pglite', now: () => now });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(testBridge.bridge.url);
  await page.getByRole('heading', { level: 1, name: '# general' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await testBridge?.stop();
});

beforeEach((context) => {
  if (chromiumMissing) context.skip(chromiumMissingReason);
});

afterEach(async () => {
  if (chromiumMissing) return;

  expect(pageErrors).toEqual([]);
  expect(await page.locator('#error-banner').isHidden()).toBe(true);
});

function database() {
  if (!testBridge) {
    throw new Error('Bridge is not running because startTestBridge failed in beforeAll');
  }

  return testBridge.bridge.database.db;
}

async function openChannel(name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Conversations' })
    .getByRole('button', { name: `# ${name}`, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: `# ${name}` }).waitFor();
}

async function runCommand(text: string): Promise<void> {
  const composer = page.getByRole('textbox', { name: 'Message' });

  await composer.fill(text);
  await composer.press('Enter');
}

/** Runs a command and returns its modal once the app has replaced the loading view with the form. */
async function openModal(command: string, title: string): Promise<Locator> {
  await runCommand(command);

  const modal = page.getByRole('dialog', { name: title });
  await modal.getByLabel('Title', { exact: true }).waitFor();

  return modal;
}

function ephemeral(text: string): Locator {
  return page.locator('[data-ephemeral="true"]').filter({ hasText: text });
}

/** Locates the app's announcement of the event in the open channel by its header block. */
function announcement(): Locator {
  return page
    .locator('article.message:not(.ephemeral)')
    .filter({ has: page.getByRole('heading', { name: eventTitle }) });
}

async function waitForText(locator: Locator, text: string): Promise<void> {
  await expect.poll(() => locator.textContent(), { timeout: 10_000 }).toBe(text);
}

describe('local workspace in a browser', () => {
  it('registers an opportunity after a slots error', async () => {
    await openChannel('wbl-partnership');
    const modal = await openModal('/bridge opportunity new', 'New opportunity');

    await modal.getByLabel(/^Employer/).selectOption({ label: 'Coastline Welding & Fabrication' });
    await modal.getByLabel('Type', { exact: true }).selectOption({ label: 'Internship' });
    await modal.getByLabel('Career cluster').selectOption({ label: 'Advanced Manufacturing' });
    await modal.getByLabel('Title', { exact: true }).fill(opportunityTitle);
    await modal.getByLabel('Slots').fill('0');
    await modal.getByLabel('Start date').fill('2027-06-07');
    await modal.getByLabel('End date').fill('2027-07-30');
    await modal.getByRole('button', { name: 'Save' }).click();

    const slotsError = modal.locator('[data-error-for="slots"]');
    await slotsError.waitFor();
    expect(await slotsError.textContent()).toBe('Slots must be at least 1.');
    expect(await modal.locator('.input-error:not([hidden])').count()).toBe(1);
    expect(await modal.getByLabel('Slots').getAttribute('aria-invalid')).toBe('true');
    expect(await modal.isVisible()).toBe(true);
    expect(await modal.getByLabel('Title', { exact: true }).inputValue()).toBe(opportunityTitle);
    const unsaved = await database()
      .select()
      .from(opportunities)
      .where(eq(opportunities.title, opportunityTitle));
    expect(unsaved).toEqual([]);

    await modal.getByLabel('Slots').fill('4');
    await modal.getByRole('button', { name: 'Save' }).click();
    await modal.waitFor({ state: 'detached' });

    const confirmation = ephemeral(`Saved ${opportunityTitle}.`);
    await confirmation.waitFor();
    expect(await confirmation.getByText('Only visible to you').count()).toBe(1);
    expect(await confirmation.textContent()).toContain(
      'Internship at Coastline Welding & Fabrication',
    );
    expect(await confirmation.textContent()).toContain(
      'Advanced Manufacturing · 4 slots · Unpaid · Jun 7, 2027 to Jul 30, 2027',
    );

    const saved = await database()
      .select({
        employer: organizations.name,
        type: opportunities.type,
        careerCluster: opportunities.careerCluster,
        slots: opportunities.slots,
        paid: opportunities.paid,
        startsOn: opportunities.startsOn,
        endsOn: opportunities.endsOn,
        status: opportunities.status,
      })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.employerId))
      .where(eq(opportunities.title, opportunityTitle));
    expect(saved).toEqual([
      {
        employer: 'Coastline Welding & Fabrication',
        type: 'internship',
        careerCluster: 'Advanced Manufacturing',
        slots: 4,
        paid: false,
        startsOn: '2027-06-07',
        endsOn: '2027-07-30',
        status: 'open',
      },
    ]);
  });

  it('announces an event and counts RSVPs', async () => {
    const modal = await openModal('/bridge event new', 'New event');

    await modal.getByLabel('Title', { exact: true }).fill(eventTitle);
    await modal.getByLabel('Kind').selectOption({ label: 'WBL showcase' });
    await modal.getByLabel('Start date').fill('2027-03-18');
    await modal.getByLabel('Start time').fill('09:00');
    await modal.getByLabel('End time').fill('12:00');
    await modal.getByLabel('Venue').fill('Port Alder High School, welding lab');
    await modal.getByLabel('Announce in').selectOption({ label: '#career-events' });
    await modal.getByRole('button', { name: 'Create' }).click();
    await modal.waitFor({ state: 'detached' });
    await ephemeral(`Created ${eventTitle} and announced it in #career-events.`).waitFor();

    await openChannel('career-events');
    const message = announcement();
    await message.waitFor();
    const counts = message.locator('[data-block-type="context"]');
    expect(await message.getByRole('button').allTextContents()).toEqual([
      'Going',
      'Maybe',
      "Can't go",
      'Booths',
      'Add to calendar',
    ]);
    expect(await message.textContent()).toContain('Thu, Mar 18, 2027, 9:00 AM – 12:00 PM CDT');
    expect(await counts.textContent()).toBe("Going: 0 · Maybe: 0 · Can't go: 0");

    await message.getByRole('button', { name: 'Going', exact: true }).click();
    await waitForText(counts, "Going: 1 · Maybe: 0 · Can't go: 0");
    const goingReply = ephemeral(`Your RSVP for ${eventTitle}: Going.`);
    await goingReply.waitFor();

    await page
      .getByRole('combobox', { name: 'Act as user' })
      .selectOption({ label: 'Sam Ortiz · Welding Technology Teacher' });
    await goingReply.waitFor({ state: 'detached' });
    await message.getByRole('button', { name: 'Maybe', exact: true }).click();
    await waitForText(counts, "Going: 1 · Maybe: 1 · Can't go: 0");
    await ephemeral(`Your RSVP for ${eventTitle}: Maybe.`).waitFor();

    const [event] = await database().select().from(events).where(eq(events.title, eventTitle));
    expect(event?.channelId).toBe('C0LOCALEVT');
    expect(event?.messageTs).toBe(await message.getAttribute('data-ts'));
    const answers = await database()
      .select({ slackUserId: people.slackUserId, status: rsvps.status })
      .from(rsvps)
      .innerJoin(people, eq(people.id, rsvps.personId))
      .where(eq(rsvps.eventId, event?.id ?? ''))
      .orderBy(asc(people.slackUserId));
    expect(answers).toEqual([
      { slackUserId: 'U0LOCAL01', status: 'going' },
      { slackUserId: 'U0LOCAL04', status: 'maybe' },
    ]);
  });

  it('Home tab shows the event with my RSVP', async () => {
    await page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: 'Home', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Bridge · Home' }).waitFor();

    const home = page.getByRole('region', { name: 'Home tab' });
    const eventSection = home
      .locator('[data-block-type="section"]')
      .filter({ hasText: eventTitle });
    await eventSection.waitFor();
    expect(await home.textContent()).toContain('Welcome, Sam Ortiz.');

    const summary = eventSection.locator('xpath=following-sibling::*[1]');
    expect(await summary.textContent()).toBe(
      "Going: 1 · Maybe: 1 · Can't go: 0 · Your RSVP: Maybe",
    );

    const [event] = await database().select().from(events).where(eq(events.title, eventTitle));
    const buttons = home.locator(`[data-block-type="actions"][data-block-id="rsvp:${event?.id}"]`);
    expect(await buttons.locator('.button-primary').allTextContents()).toEqual(['Maybe']);

    const screenshotDirectory = await mkdtemp(path.join(tmpdir(), 'bridge-e2e-'));
    const screenshot = path.join(screenshotDirectory, 'home-tab.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    await openChannel('career-events');
    await page.screenshot({ path: path.join(screenshotDirectory, 'career-events.png') });
    console.info(`Screenshots of the local workspace are in ${screenshotDirectory}`);
  });
});
