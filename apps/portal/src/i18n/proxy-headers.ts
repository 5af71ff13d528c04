/** Set by the proxy: the page's path and query without the language prefix (for the language switch). */
export const ORIGINAL_PATH_HEADER = "x-free-city-path";
/** Set by the proxy: the language of the address (for pages that get no params, like "not found"). */
export const LOCALE_HEADER = "x-free-city-locale";
