import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalWorkspace } from './local-workspace-fixture.js';

/** Chromium from the system; the page tests are skipped where none is installed. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let workspace: Awaited<ReturnType<typeof startLocalWorkspace>>;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  if (!existsSync(chromiumPath)) return;

  workspace = await startLocalWorkspace();
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await workspace?.close();
});

beforeEach(async () => {
  if (!existsSync(chromiumPath)) return;

  workspace.store.reset();
  page = await browser.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await page?.close();
});

async function open(path: string, userId = 'U0LOCAL01') {
  await page.addInitScript((id) => localStorage.setItem('bridge.local.userId', id), userId);
  await page.goto(`${workspace.origin}/${path}`);
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Loading' }).waitFor();
}

async function runCommand(text: string) {
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  await page.getByRole('textbox', { name: 'Message' }).press('Enter');
}

describe.skipIf(!existsSync(chromiumPath))('local workspace page', () => {
  it('opportunity modal shows app errors', async () => {
    await open('#/C0LOCALWBL');
    await runCommand('/bridge new');
    const modal = page.getByRole('dialog', { name: 'New opportunity' });
    await modal.waitFor();

    await modal.getByRole('button', { name: 'Post' }).click();
    await expect(modal.locator('[data-error-for="title"]').textContent()).resolves.toBe(
      'Please complete this required field.',
    );

    await modal.getByLabel('Title').fill('x');
    await modal.getByLabel('Type').selectOption('internship');
    await modal.getByLabel('Starts on').fill('2025-06-02');
    await modal.getByLabel('Slots').fill('3');
    await modal.getByRole('button', { name: 'Post' }).click();
    const titleError = modal.locator('[data-error-for="title"]');
    await expect.poll(() => titleError.textContent()).toBe('Use at least 3 characters.');
    expect(await modal.getByLabel('Title').inputValue()).toBe('x');
    expect(await modal.getByLabel('Slots').inputValue()).toBe('3');

    await modal.getByLabel('Title').fill('Welding intern');
    await modal.getByRole('button', { name: 'Post' }).click();
    await modal.waitFor({ state: 'detached' });
    await page.getByText('Welding intern · 0 going').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('an RSVP by another user updates the message', async () => {
    await open('#/C0LOCALWBL');
    await runCommand('/bridge new');
    const modal = page.getByRole('dialog', { name: 'New opportunity' });
    await modal.getByLabel('Title').fill('Plant tour');
    await modal.getByLabel('Type').selectOption('job_shadow');
    await modal.getByLabel('Starts on').fill('2025-07-01');
    await modal.getByLabel('Slots').fill('12');
    await modal.getByRole('button', { name: 'Post' }).click();
    await page.getByText('Plant tour · 0 going').waitFor();

    await page.getByRole('combobox', { name: 'Act as user' }).selectOption('U0LOCAL04');
    await page.locator('[data-block-id="rsvp"][data-action-id="rsvp_going"]').click();

    await page.getByText('Plant tour · 1 going').waitFor();
    const ephemeral = page.locator('[data-ephemeral="true"]');
    await ephemeral.getByText('You are going.').waitFor();
    expect(await ephemeral.getByText('Only visible to you').count()).toBe(1);
  });

  it('update keeps typed input values', async () => {
    await open('#/C0LOCALGEN');
    await runCommand('/bridge kitchen');
    const modal = page.getByRole('dialog', { name: 'Every input' });
    await modal.waitFor();

    await modal.getByLabel('Title').fill('Mentor night');
    await modal.getByRole('combobox', { name: 'Employer' }).fill('gulf');
    await modal.getByRole('option', { name: 'Gulf Coast Fabrication' }).click();
    await modal.getByLabel('Conversation').selectOption('C0LOCALWBL');
    await modal.getByRole('radiogroup', { name: 'Paid' }).getByLabel('No').check();
    await modal.getByRole('group', { name: 'Offers' }).getByLabel('Mentors').check();
    await modal.getByLabel('Contact').selectOption('U0LOCAL03');
    await modal.getByRole('button', { name: 'Add a note' }).click();
    await modal.getByText('Note added').waitFor();

    expect(await modal.getByLabel('Title').inputValue()).toBe('Mentor night');
    expect(await modal.getByLabel('Meets at').inputValue()).toBe('09:30');
    expect(await modal.getByLabel('Hours').inputValue()).toBe('1.5');
    expect(await modal.getByLabel('Channel').inputValue()).toBe('C0LOCALEVT');
    expect(await modal.getByLabel('Career cluster').inputValue()).toBe('health');

    await modal.getByRole('button', { name: 'Submit' }).click();
    await modal.waitFor({ state: 'detached' });
    const [summary] = workspace.store.messages('D0LOCAL01');
    const values = JSON.parse(summary?.text ?? '{}');
    expect(values.employer.employer_search.selected_option.value).toBe('org-1');
    expect(values.where.value.selected_conversation).toBe('C0LOCALWBL');
    expect(values.paid.value.selected_option.value).toBe('no');
    expect(values.offers.value.selected_options).toEqual([
      { text: { type: 'plain_text', text: 'Mentors' }, value: 'mentors' },
    ]);
    expect(values.contact.value.selected_user).toBe('U0LOCAL03');
    expect(values.hours.value.value).toBe('1.5');
  });

  it('multi external select adds and removes chosen options', async () => {
    await open('#/C0LOCALGEN');
    await runCommand('/bridge kitchen');
    const modal = page.getByRole('dialog', { name: 'Every input' });
    await modal.waitFor();

    await modal.getByLabel('Title').fill('Partner night');
    await modal.getByRole('combobox', { name: 'Employer' }).fill('gulf');
    await modal.getByRole('option', { name: 'Gulf Coast Fabrication' }).click();
    const partners = modal.getByRole('combobox', { name: 'Partners' });
    await partners.fill('coast');
    await modal.getByRole('option', { name: 'Gulf Coast Fabrication' }).click();
    await partners.fill('health');
    await modal.getByRole('option', { name: 'Coastal Health' }).click();
    await modal.getByRole('button', { name: 'Remove Gulf Coast Fabrication' }).click();
    await modal.getByLabel('Conversation').selectOption('C0LOCALWBL');
    await modal.getByRole('radiogroup', { name: 'Paid' }).getByLabel('No').check();
    await modal.getByRole('group', { name: 'Offers' }).getByLabel('Mentors').check();
    await modal.getByLabel('Contact').selectOption('U0LOCAL03');

    await modal.getByRole('button', { name: 'Submit' }).click();
    await modal.waitFor({ state: 'detached' });
    const [summary] = workspace.store.messages('D0LOCAL01');
    const values = JSON.parse(summary?.text ?? '{}');
    expect(values.partners.employer_search.selected_options).toEqual([
      { text: { type: 'plain_text', text: 'Coastal Health' }, value: 'org-2' },
    ]);
    expect(pageErrors).toEqual([]);
  });

  it('display blocks keep hostile text inert', async () => {
    await open('#/C0LOCALEVT');
    await runCommand('/bridge blocks');
    await page.getByRole('heading', { name: 'Spring career fair <b>' }).waitFor();

    expect(
      await page.getByText('<script>window.hacked = 1</script>', { exact: false }).count(),
    ).toBe(1);
    expect(await page.getByText('<img src=x onerror="window.hacked = 2">').count()).toBe(1);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('.mention', { hasText: '@Alicia Gomez' }).count()).toBe(1);
    expect(await page.locator('.mention', { hasText: '#career-events' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'More actions' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Decline' }).getAttribute('class')).toContain(
      'button-danger',
    );
    expect(await page.getByRole('combobox', { name: 'Pick a shift' }).count()).toBe(1);
    expect(await page.locator('strong', { hasText: 'Bring résumés' }).count()).toBe(1);
    expect(await page.locator('a', { hasText: 'not a link' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows the Home tab the app publishes', async () => {
    await open('#/C0LOCALGEN', 'U0LOCAL05');

    await page.getByRole('button', { name: 'Home' }).click();

    await page.getByText('Welcome,').waitFor();
    expect(await page.locator('#home .mention').textContent()).toBe('@Alicia Gomez');
  });

  it('failed request shows an error', async () => {
    await open('#/C0LOCALGEN');
    await page.route('**/local/command', (route) =>
      route.fulfill({
        status: 502,
        contentType: 'application/json',
        body: '{"ok":false,"error":"The app is down"}',
      }),
    );

    await runCommand('/bridge help');

    await page.getByRole('alert').filter({ hasText: 'The app is down' }).waitFor();
  });
});
