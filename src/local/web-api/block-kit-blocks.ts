import { checkElement } from './block-kit-elements.js';
import {
  BlockKitProblems,
  checkCount,
  checkLength,
  checkTextObject,
  isRecord,
  blockKitLimits as limits,
} from './block-kit-limits.js';

const knownBlockTypes = new Set([
  'section',
  'header',
  'divider',
  'context',
  'actions',
  'input',
  'image',
  'rich_text',
  'markdown',
  'video',
  'file',
  'table',
  'context_actions',
]);

function checkSection(problems: BlockKitProblems, block: Record<string, unknown>, pointer: string) {
  if (block.text === undefined && block.fields === undefined) {
    problems.add('must provide either text or fields', pointer);
  }

  checkTextObject(problems, block.text, `${pointer}/text`, { max: limits.sectionText });

  if (checkCount(problems, block.fields, `${pointer}/fields`, { max: limits.sectionFields })) {
    block.fields.forEach((field, index) => {
      checkTextObject(problems, field, `${pointer}/fields/${index}`, {
        max: limits.sectionFieldText,
        required: true,
      });
    });
  }

  if (block.accessory !== undefined) {
    checkElement(problems, block.accessory, `${pointer}/accessory`);
  }
}

function checkContext(problems: BlockKitProblems, block: Record<string, unknown>, pointer: string) {
  const elements = block.elements;

  if (
    !checkCount(problems, elements, `${pointer}/elements`, { min: 1, max: limits.contextElements })
  ) {
    return;
  }

  elements.forEach((element, index) => {
    const elementPointer = `${pointer}/elements/${index}`;

    if (isRecord(element) && element.type === 'image') {
      checkElement(problems, element, elementPointer);
    } else {
      checkTextObject(problems, element, elementPointer, {
        max: limits.sectionText,
        required: true,
      });
    }
  });
}

function checkActions(problems: BlockKitProblems, block: Record<string, unknown>, pointer: string) {
  const elements = block.elements;
  const limit = { min: 1, max: limits.actionsElements };

  if (checkCount(problems, elements, `${pointer}/elements`, limit)) {
    elements.forEach((element, index) => {
      checkElement(problems, element, `${pointer}/elements/${index}`);
    });
  }
}

function checkInput(problems: BlockKitProblems, block: Record<string, unknown>, pointer: string) {
  checkTextObject(problems, block.label, `${pointer}/label`, {
    max: limits.inputLabel,
    required: true,
    plainOnly: true,
  });
  checkTextObject(problems, block.hint, `${pointer}/hint`, {
    max: limits.inputHint,
    plainOnly: true,
  });

  if (block.element === undefined) {
    problems.add('missing required field: element', pointer);
    return;
  }

  checkElement(problems, block.element, `${pointer}/element`);
}

function checkHeader(problems: BlockKitProblems, block: Record<string, unknown>, pointer: string) {
  checkTextObject(problems, block.text, `${pointer}/text`, {
    max: limits.headerText,
    required: true,
    plainOnly: true,
  });
}

function checkImage(problems: BlockKitProblems, block: Record<string, unknown>, pointer: string) {
  checkLength(problems, block.image_url, `${pointer}/image_url`, limits.imageUrl);
  checkLength(problems, block.alt_text, `${pointer}/alt_text`, limits.imageAltText);
}

type BlockChecker = (
  problems: BlockKitProblems,
  block: Record<string, unknown>,
  pointer: string,
) => void;

const blockCheckers: Record<string, BlockChecker> = {
  section: checkSection,
  header: checkHeader,
  context: checkContext,
  actions: checkActions,
  input: checkInput,
  image: checkImage,
};

function checkBlock(problems: BlockKitProblems, block: unknown, pointer: string): void {
  if (!isRecord(block) || typeof block.type !== 'string') {
    problems.add('missing required field: type', pointer);
    return;
  }

  if (!knownBlockTypes.has(block.type)) {
    problems.add(`unsupported block type: ${block.type}`, `${pointer}/type`);
    return;
  }

  checkLength(problems, block.block_id, `${pointer}/block_id`, limits.blockId);

  blockCheckers[block.type]?.(problems, block, pointer);
}

/** Checks a list of blocks against Slack's limits and returns the problems found. */
export function checkBlocks(blocks: unknown, pointer: string, maxBlocks: number): BlockKitProblems {
  const problems = new BlockKitProblems();

  if (!checkCount(problems, blocks, pointer, { max: maxBlocks })) {
    return problems;
  }

  const seenBlockIds = new Set<unknown>();

  blocks.forEach((block, index) => {
    const blockPointer = `${pointer}/${index}`;
    checkBlock(problems, block, blockPointer);
    const blockId = isRecord(block) ? block.block_id : undefined;

    if (blockId !== undefined && seenBlockIds.has(blockId)) {
      problems.add('duplicate block_id', `${blockPointer}/block_id`);
    }

    seenBlockIds.add(blockId);
  });

  return problems;
}
