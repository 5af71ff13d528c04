import type { Locale } from "~/i18n/config";

/**
 * The error page's few words in each language. The error page renders in the browser, away from
 * the server's translations, so its words are here (the same as `errors.*` in messages/, which a
 * test checks), not the whole catalogue shipped to every browser.
 */
export const ERROR_WORDS: Record<Locale, { title: string; body: string; retry: string; home: string }> = {
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
  bn: {
    title: "দুঃখিত, কিছু একটা ভুল হয়েছে",
    body: "এটা আমাদের ভুল, তোমার নয়। এক মিনিট পরে আবার চেষ্টা করো।",
    retry: "আবার চেষ্টা করো",
    home: "প্রথম পাতায় যাও",
  },
  ar: {
    title: "عذرًا، حدث خطأ ما",
    body: "هذا خطؤنا، لا خطؤك. حاول مرة أخرى بعد دقيقة.",
    retry: "حاول مرة أخرى",
    home: "اذهب إلى الصفحة الرئيسية",
  },
  pl: {
    title: "Przepraszamy, coś poszło nie tak",
    body: "To nasza wina, nie twoja. Spróbuj jeszcze raz za minutę.",
    retry: "Spróbuj jeszcze raz",
    home: "Przejdź do strony głównej",
  },
};
