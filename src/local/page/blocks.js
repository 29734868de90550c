import { el } from './dom.js';
import { renderImage, renderInteractiveElement } from './elements.js';
import { renderInputBlock } from './input-block.js';
import { plainTextToHtml, textObjectToHtml } from './mrkdwn.js';
import { renderRichText } from './rich-text.js';

/**
 * Renders Block Kit blocks to DOM. `context` carries `directory` (names for mentions),
 * `workspace` (users and channels for selects), `act(blockId, actionId, value)` for block
 * actions, `suggest(blockId, actionId, query)` for external_select, and `form` inside modals.
 */

function renderSection(block, context, dataset) {
  const text = block.text
    ? el('div', {
        className: 'section-text',
        escapedHtml: textObjectToHtml(block.text, context.directory),
      })
    : undefined;
  const fields = block.fields
    ? el(
        'div',
        { className: 'section-fields' },
        block.fields.map((field) =>
          el('div', {
            className: 'section-field',
            escapedHtml: textObjectToHtml(field, context.directory),
          }),
        ),
      )
    : undefined;
  const accessory = block.accessory
    ? el(
        'div',
        { className: 'section-accessory' },
        renderInteractiveElement(block.accessory, block.block_id ?? '', context),
      )
    : undefined;

  return el(
    'div',
    { className: 'block block-section', dataset },
    el('div', { className: 'section-main' }, text, fields),
    accessory,
  );
}

function renderContext(block, context, dataset) {
  const parts = (block.elements ?? []).map((element) =>
    element.type === 'image'
      ? renderImage(element, 'context-image')
      : el('span', { escapedHtml: textObjectToHtml(element, context.directory) }),
  );

  return el('div', { className: 'block block-context', dataset }, parts);
}

function renderActions(block, context, dataset) {
  const elements = (block.elements ?? []).map((element) =>
    renderInteractiveElement(element, block.block_id ?? '', context),
  );

  return el('div', { className: 'block block-actions', dataset }, elements);
}

function renderImageBlock(block, context, dataset) {
  const title = block.title
    ? el('figcaption', { escapedHtml: textObjectToHtml(block.title, context.directory) })
    : undefined;

  return el(
    'figure',
    { className: 'block block-image', dataset },
    title,
    renderImage(block, 'block-image-img'),
  );
}

const renderers = {
  section: renderSection,
  header: (block, _context, dataset) =>
    el('h3', {
      className: 'block block-header',
      dataset,
      escapedHtml: plainTextToHtml(block.text?.text ?? '', { emoji: block.text?.emoji }),
    }),
  divider: (_block, _context, dataset) => el('hr', { className: 'block block-divider', dataset }),
  context: renderContext,
  actions: renderActions,
  image: renderImageBlock,
  rich_text: renderRichText,
  input: renderInputBlock,
  markdown: (block, _context, dataset) =>
    el('div', { className: 'block block-markdown', dataset, text: block.text ?? '' }),
};

export function renderBlock(block, context) {
  const dataset = { blockId: block.block_id ?? '', blockType: block.type };
  const renderer = renderers[block.type];

  if (renderer === undefined) {
    const text = `This ${block.type} block is not shown in the local workspace.`;
    return el('div', { className: 'block block-unsupported', dataset, text });
  }

  return renderer(block, context, dataset);
}

export function renderBlocks(blocks, context) {
  return el(
    'div',
    { className: 'blocks' },
    (blocks ?? []).map((block) => renderBlock(block, context)),
  );
}
