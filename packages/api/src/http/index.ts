export { readHttpEnv } from "../env.ts";
export { BodyTooLarge, readBodyCapped, tooLarge, withBody } from "./body.ts";
export { clientAddress, clientKey, SHARED_CLIENT_KEY, visitorKey } from "./client-address.ts";
export { healthResponse, readyResponse } from "./health.ts";
export { type App, contentSecurityPolicy, NONCE_HEADER, newNonce, securityHeaders } from "./security-headers.ts";
