import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import ur from "../../messages/ur.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments and tags a message uses: {name}, {count, plural, …}, <strong>. */
function argumentsOf(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((m) => m[1]!);
  const tags = [...message.matchAll(/<([a-z]+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

describe("UI messages", () => {
  const english = flatten(en as Tree);
  const urdu = flatten(ur as Tree);

  it("has every English string in Urdu, and nothing else", () => {
    expect([...urdu.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("uses the same placeholders in both languages, so no value goes missing in translation", () => {
    for (const [key, message] of english) expect(argumentsOf(urdu.get(key) ?? ""), key).toEqual(argumentsOf(message));
  });

  it("has no empty strings", () => {
    for (const [key, message] of [...english, ...urdu]) expect(message.trim(), key).not.toBe("");
  });
});
