/** The result panel: shows an {@link Explained} (or the prompt for empty input) in the page's static markup. */
import { LOCALES, type Explained } from './explain.js';
import { byId, element } from './dom.js';
import { EMPTY_SUMMARY } from './read-input.js';

/** The label of a locale, as the language select shows it. */
const localeLabel = (locale: string): string => LOCALES.find((known) => known.id === locale)?.label ?? locale;

/** Binds the result panel once; the function it returns renders each new result. */
export function resultView(): (explained: Explained | undefined) => void {
  const body = byId('result-body', HTMLDivElement);
  const reading = byId('reading', HTMLSpanElement);
  const text = (id: string, value: string): void => {
    byId(id, HTMLElement).textContent = value;
  };
  const show = (id: string, visible: boolean): void => {
    byId(id, HTMLElement).hidden = !visible;
  };
  const documented = byId('documented', HTMLUListElement);

  return (explained) => {
    reading.textContent = explained?.reading.summary ?? EMPTY_SUMMARY;
    body.hidden = explained === undefined;
    if (explained === undefined) return;
    const { error, userMessages } = explained;
    text('result-kind', error.kind);
    text('result-reason', error.reason);
    text('result-retryable', explained.retryable + (error.inferred ? ' · inferred from the vendor’s numbering, not its documents' : ''));
    text('result-recovery', error.recovery);
    text('result-recovery-meaning', explained.recoveryMeaning);
    text('result-origin', [error.vendor, error.platform ?? 'any platform', error.code === undefined ? 'no code' : `code ${String(error.code)}`].join(' · '));
    text('result-chain', explained.chain);
    show('result-chain', explained.chain !== '');
    show('result-chain-label', explained.chain !== '');
    const [chosen, other] = userMessages;
    text('user-message-label', `User message (${localeLabel(chosen.locale)})`);
    text('user-message', chosen.text);
    byId('user-message', HTMLElement).lang = chosen.locale;
    text('user-message-other-label', localeLabel(other.locale));
    text('user-message-other', other.text);
    byId('user-message-other', HTMLElement).lang = other.locale;
    text('developer-message', explained.developerMessage);
    documented.replaceChildren(
      ...(explained.documented.length === 0
        ? [element('li', 'Nothing: the code is not in the vendor’s documents or SDK tables.', 'none')]
        : explained.documented.map(({ source, text: words }) => {
            const item = element('li', words);
            item.prepend(element('span', source, 'source'));
            return item;
          })),
    );
  };
}
