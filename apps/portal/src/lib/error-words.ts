/**
 * The error pages' words (error.tsx, global-error.tsx). They render in the browser, away from the
 * server's translations, so their few words are here in each language.
 */
export const ERROR_WORDS = {
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
