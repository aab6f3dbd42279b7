/**
 * Month names as spreadsheets and people write them, for reading dates such as `March 2021`,
 * `15 марта 2021`, `сакавік 2021`, `15 października 2021` or `2021 m. kovo 15 d.`. Each language lists, per month, its full forms: the name on
 * its own (nominative) and after a day (genitive). Abbreviations need no list: any start of a
 * full form, three letters or more, that belongs to one month only is read (`Sept`, `мар.`,
 * `студз.`); shorter ones are listed. Case and a trailing dot are ignored. A language is added
 * with one more entry here (keyed by its BCP 47 language subtag); a form that names different
 * months in two languages is dropped, so no language can change how another is read. The
 * Belarusian names also print Belarusian dates (`fallback-locale.ts`): the first form of each
 * month is the nominative, the second the genitive.
 */
export const MONTH_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['january'], ['february'], ['march'], ['april'], ['may'], ['june'], ['july'], ['august'], ['september'], ['october'], ['november'], ['december']],
  ru: [
    ['январь', 'января'],
    ['февраль', 'февраля'],
    ['март', 'марта'],
    ['апрель', 'апреля'],
    ['май', 'мая'],
    ['июнь', 'июня'],
    ['июль', 'июля'],
    ['август', 'августа'],
    ['сентябрь', 'сентября'],
    ['октябрь', 'октября'],
    ['ноябрь', 'ноября'],
    ['декабрь', 'декабря'],
  ],
  be: [
    ['студзень', 'студзеня'],
    ['люты', 'лютага'],
    ['сакавік', 'сакавіка'],
    ['красавік', 'красавіка'],
    ['май', 'мая'],
    ['чэрвень', 'чэрвеня'],
    ['ліпень', 'ліпеня'],
    ['жнівень', 'жніўня', 'жн'],
    ['верасень', 'верасня'],
    ['кастрычнік', 'кастрычніка'],
    ['лістапад', 'лістапада'],
    ['снежань', 'снежня'],
  ],
  uk: [
    ['січень', 'січня'],
    ['лютий', 'лютого'],
    ['березень', 'березня'],
    ['квітень', 'квітня'],
    ['травень', 'травня'],
    ['червень', 'червня'],
    ['липень', 'липня'],
    ['серпень', 'серпня'],
    ['вересень', 'вересня'],
    ['жовтень', 'жовтня'],
    ['листопад', 'листопада'],
    ['грудень', 'грудня'],
  ],
  pl: [
    ['styczeń', 'stycznia'],
    ['luty', 'lutego'],
    ['marzec', 'marca'],
    ['kwiecień', 'kwietnia'],
    ['maj', 'maja'],
    ['czerwiec', 'czerwca'],
    ['lipiec', 'lipca'],
    ['sierpień', 'sierpnia'],
    ['wrzesień', 'września'],
    ['październik', 'października'],
    ['listopad', 'listopada'],
    ['grudzień', 'grudnia'],
  ],
  lt: [
    ['sausis', 'sausio'],
    ['vasaris', 'vasario'],
    ['kovas', 'kovo'],
    ['balandis', 'balandžio'],
    ['gegužė', 'gegužės'],
    ['birželis', 'birželio'],
    ['liepa', 'liepos'],
    ['rugpjūtis', 'rugpjūčio'],
    ['rugsėjis', 'rugsėjo'],
    ['spalis', 'spalio'],
    ['lapkritis', 'lapkričio'],
    ['gruodis', 'gruodžio'],
  ],
};

let lookup: Map<string, number> | undefined;

/** Every form and every start of a form (three letters or more), mapped to its month if only one. */
function buildLookup(): Map<string, number> {
  const months = new Map<string, number>();
  const clashes = new Set<string>();
  const add = (name: string, month: number) => {
    const known = months.get(name);
    if (known !== undefined && known !== month) clashes.add(name);
    months.set(name, month);
  };
  for (const forms of Object.values(MONTH_NAMES)) {
    forms.forEach((names, index) => {
      for (const name of names) for (let end = Math.min(3, name.length); end <= name.length; end++) add(name.slice(0, end), index + 1);
    });
  }
  for (const name of clashes) months.delete(name);
  return months;
}

/**
 * The month (1-12) a word names, in any listed language, or `undefined`. Belarusian and Ukrainian
 * written with a Latin `i` in place of the Cyrillic `і` (a common keyboard slip) are read too.
 */
export function monthFromName(word: string): number | undefined {
  lookup ??= buildLookup();
  const name = word.toLowerCase().replace(/\.$/, '');
  const found = lookup.get(name);
  if (found !== undefined || !/[а-яёў]/.test(name)) return found;
  return lookup.get(name.replace(/i/g, 'і'));
}
