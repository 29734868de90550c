/**
 * Emoji shortcodes that apps commonly send, rendered as Unicode. Any other `:name:` stays as
 * typed, because the full Slack emoji set is not bundled.
 */
const emojiByName = new Map(
  Object.entries({
    '+1': '👍',
    arrow_right: '➡️',
    bar_chart: '📊',
    bell: '🔔',
    books: '📚',
    briefcase: '💼',
    bulb: '💡',
    bust_in_silhouette: '👤',
    busts_in_silhouette: '👥',
    calendar: '📆',
    chart_with_upwards_trend: '📈',
    clipboard: '📋',
    clock3: '🕒',
    computer: '💻',
    construction: '🚧',
    date: '📅',
    email: '✉️',
    envelope: '✉️',
    exclamation: '❗',
    eyes: '👀',
    factory: '🏭',
    fire: '🔥',
    gear: '⚙️',
    handshake: '🤝',
    hammer_and_wrench: '🛠️',
    heavy_check_mark: '✔️',
    hourglass: '⌛',
    hourglass_flowing_sand: '⏳',
    information_source: 'ℹ️',
    large_green_circle: '🟢',
    large_yellow_circle: '🟡',
    link: '🔗',
    mag: '🔍',
    mega: '📣',
    memo: '📝',
    microscope: '🔬',
    mortar_board: '🎓',
    no_entry: '⛔',
    office: '🏢',
    phone: '☎️',
    pushpin: '📌',
    question: '❓',
    raised_hands: '🙌',
    red_circle: '🔴',
    rocket: '🚀',
    round_pushpin: '📍',
    school: '🏫',
    seedling: '🌱',
    sparkles: '✨',
    spiral_calendar_pad: '🗓️',
    star: '⭐',
    stethoscope: '🩺',
    tada: '🎉',
    thinking_face: '🤔',
    thumbsup: '👍',
    trophy: '🏆',
    truck: '🚚',
    warning: '⚠️',
    wave: '👋',
    white_check_mark: '✅',
    wrench: '🔧',
    x: '❌',
  }),
);

/** Returns the Unicode emoji for a shortcode name without colons, or undefined. */
export function emojiFor(name) {
  return emojiByName.get(name);
}

/** Replaces known `:name:` shortcodes in text that contains no HTML markup of its own. */
export function replaceShortcodes(text) {
  return text.replace(/:([a-z0-9_+-]+):/g, (shortcode, name) => emojiFor(name) ?? shortcode);
}
