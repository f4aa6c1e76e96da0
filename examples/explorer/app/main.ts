/** The explorer page: wires the form, the result panel and the table of codes to the built im-errors package. */
import { byId, setOptions } from './dom.js';
import { LOCALES, explain, type Locale } from './explain.js';
import { resultView } from './result-view.js';
import { SAMPLES } from './samples.js';
import { rowQuery } from './table.js';
import { tableView } from './table-view.js';
import { VENDOR_CHOICES, vendorChoice } from './vendors.js';

const form = byId('form', HTMLFormElement);
const vendor = byId('vendor', HTMLSelectElement);
const platform = byId('platform', HTMLSelectElement);
const locale = byId('locale', HTMLSelectElement);
const input = byId('input', HTMLTextAreaElement);
const showResult = resultView();

const isLocale = (value: string): value is Locale => LOCALES.some(({ id }) => id === value);

/** The platform select offers the chosen vendor's platforms, after "default". */
function fillPlatforms(): void {
  const choice = vendorChoice(vendor.value);
  setOptions(platform, [['default', 'default (from the error, else the vendor’s)'], ...choice.platforms.map((name): [string, string] => [name, name])]);
}

/** Explains the form as it stands. */
function update(): void {
  const query = { vendor: vendor.value, text: input.value, platform: platform.value, locale: isLocale(locale.value) ? locale.value : 'en' };
  showResult(explain(query));
}

/** Puts a vendor, a platform and a text in the form and explains them. */
function load(next: { readonly vendor: string; readonly platform: string; readonly text: string }): void {
  vendor.value = next.vendor;
  fillPlatforms();
  platform.value = next.platform;
  input.value = next.text;
  update();
}

setOptions(vendor, VENDOR_CHOICES.map(({ id, label }): [string, string] => [id, label]));
setOptions(locale, LOCALES.map(({ id, label }): [string, string] => [id, label]));
fillPlatforms();
byId('samples', HTMLDivElement).replaceChildren(
  ...SAMPLES.map((sample) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = sample.label;
    button.dataset.testid = `sample-${sample.id}`;
    button.addEventListener('click', () => load({ vendor: sample.vendor, platform: 'default', text: sample.raw }));
    return button;
  }),
);
form.addEventListener('submit', (event) => event.preventDefault());
vendor.addEventListener('change', () => {
  fillPlatforms();
  update();
});
for (const control of [platform, locale]) control.addEventListener('change', update);
input.addEventListener('input', update);
tableView((row) => {
  load(rowQuery(row));
  input.focus();
});
update();
document.body.dataset.ready = 'true';
