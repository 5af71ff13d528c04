/**
 * What a failed page says (error.tsx, global-error.tsx): no stack trace, a way to try again. It
 * renders in the browser, away from the server's translations, so its few words are here in each
 * language.
 */
const ERROR_WORDS = {
  en: {
    title: "Sorry, something went wrong",
    body: "This is our fault, not yours. Please try again in a minute.",
    retry: "Try again",
    home: "Go to the home page",
  },
  ur: {
    title: "معاف کیجیے، کچھ غلط ہو گیا",
    body: "یہ ہماری غلطی ہے، آپ کی نہیں۔ ایک منٹ بعد دوبارہ کوشش کریں۔",
    retry: "دوبارہ کوشش کریں",
    home: "ہوم پیج پر جائیں",
  },
};

export function ErrorMessage({ ur, reset }: { ur: boolean; reset: () => void }) {
  const words = ur ? ERROR_WORDS.ur : ERROR_WORDS.en;
  return (
    <>
      <h1>{words.title}</h1>
      <p className="lead">{words.body}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {words.retry}
        </button>{" "}
        <a href={ur ? "/ur" : "/"}>{words.home}</a>
      </p>
    </>
  );
}
