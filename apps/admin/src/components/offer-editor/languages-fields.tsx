import { OFFER_LANGUAGES, type OfferContent } from "@free-city/schemas";
import { Choices, TextArea, TextField } from "~/components/form/fields";
import { OFFER_LANGUAGE_NAMES } from "~/lib/offer-languages";

/**
 * The language the offer is written in, and the partner's own translations of the words young
 * people read first. A translation is reviewed like any other change; young people reading the
 * portal in that language see it, everyone else the original, marked with its language.
 */
export function LanguagesFields({ content }: { content: Partial<OfferContent> }) {
  const written = content.language ?? "en";
  return (
    <>
      <Choices
        name="language"
        type="radio"
        legend="Which language do you write this offer in?"
        hint="Screen readers read your words in this language's voice."
        defaultValue={written}
        options={OFFER_LANGUAGES.map((code) => ({
          value: code,
          label: OFFER_LANGUAGE_NAMES[code].english,
        }))}
      />
      <h2>Translations (optional)</h2>
      <p>
        If you can, write the name, summary and how to take it up in another language young people in the city read.
        Leave a language blank to show your own words. Only translate what you are sure of: the council checks it before
        it shows.
      </p>
      {OFFER_LANGUAGES.filter((code) => code !== written).map((code) => {
        const name = OFFER_LANGUAGE_NAMES[code];
        const translation = content.translations?.[code];
        const typed = { lang: code, dir: name.dir };
        return (
          <fieldset className="fieldset" key={code}>
            <legend className="label">
              In {name.english} (<span lang={code}>{name.own}</span>)
            </legend>
            <TextField
              name={`translations.${code}.title`}
              label={`Name in ${name.english}`}
              defaultValue={translation?.title}
              {...typed}
            />
            <TextArea
              name={`translations.${code}.summary`}
              label={`Summary in ${name.english}`}
              hint="One or two sentences, up to 280 characters."
              defaultValue={translation?.summary}
              rows={3}
              {...typed}
            />
            <TextArea
              name={`translations.${code}.takeUpNotes`}
              label={`How to take it up, in ${name.english} (optional)`}
              defaultValue={translation?.takeUpNotes}
              rows={3}
              {...typed}
            />
          </fieldset>
        );
      })}
    </>
  );
}
