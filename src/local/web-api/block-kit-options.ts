import {
  type BlockKitProblems,
  checkCount,
  checkLength,
  checkTextObject,
  isRecord,
  blockKitLimits as limits,
} from './block-kit-limits.js';

function checkOption(problems: BlockKitProblems, option: unknown, pointer: string): void {
  if (!isRecord(option)) {
    problems.add('must be an option object', pointer);
    return;
  }

  checkTextObject(problems, option.text, `${pointer}/text`, {
    max: limits.optionText,
    required: true,
  });
  checkLength(problems, option.value, `${pointer}/value`, limits.optionValue);
  checkTextObject(problems, option.description, `${pointer}/description`, {
    max: limits.optionDescription,
  });
}

export function checkOptionList(
  problems: BlockKitProblems,
  options: unknown,
  pointer: string,
  limit: { min?: number; max: number },
): void {
  if (checkCount(problems, options, pointer, limit)) {
    options.forEach((option, index) => {
      checkOption(problems, option, `${pointer}/${index}`);
    });
  }
}

/** Options of a select, flattened across option groups, for the initial_option check. */
function selectOptionValues(element: Record<string, unknown>): string[] {
  const groups = Array.isArray(element.option_groups) ? element.option_groups : [];
  const grouped = groups.flatMap((group) => (isRecord(group) ? group.options : []));
  const options = [...(Array.isArray(element.options) ? element.options : []), ...grouped];

  return options.filter(isRecord).map((option) => String(option.value));
}

/** Checks a static select's options, option groups and initial options. */
export function checkStaticSelect(
  problems: BlockKitProblems,
  element: Record<string, unknown>,
  pointer: string,
): void {
  if (element.options === undefined && element.option_groups === undefined) {
    problems.add('must provide either options or option_groups', pointer);
  }

  checkOptionList(problems, element.options, `${pointer}/options`, { max: limits.selectOptions });

  const groups = element.option_groups;

  if (checkCount(problems, groups, `${pointer}/option_groups`, { max: limits.optionGroups })) {
    groups.forEach((group, index) => {
      const groupPointer = `${pointer}/option_groups/${index}`;
      const groupOptions = isRecord(group) ? group.options : undefined;
      checkOptionList(problems, groupOptions, `${groupPointer}/options`, {
        min: 1,
        max: limits.selectOptions,
      });
    });
  }

  const initial = element.initial_option;

  if (isRecord(initial) && !selectOptionValues(element).includes(String(initial.value))) {
    problems.add('initial_option must match one of the options', `${pointer}/initial_option`);
  }
}
