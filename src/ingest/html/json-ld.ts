/**
 * The page's JSON-LD (schema.org in a script tag): the objects it holds, and the headline,
 * authors and publisher read from them.
 */
import type { DomElement } from "./dom.js";
import { cleanName, siteNameOf } from "./values.js";

export type JsonObject = Record<string, unknown>;

/** Every object in the page's JSON-LD, including @graph members and nested arrays. */
export function jsonLdNodes(scripts: readonly DomElement[]): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_JSON_LD_DEPTH || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as JsonObject;
    found.push(node);
    if (node["@graph"]) visit(node["@graph"], depth + 1);
    if (node["mainEntity"]) visit(node["mainEntity"], depth + 1);
  };
  for (const script of scripts) {
    const raw = (script.textContent ?? "")
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, "")
      .replace(/(-->|\/\/\s*\]\]>)\s*$/, "")
      .trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Hand-written JSON-LD is often invalid; the other sources still apply.
    }
  }
  return found;
}

/** Deep enough for @graph → mainEntity → item, shallow enough to ignore pathological input. */
const MAX_JSON_LD_DEPTH = 6;

export function hasType(node: JsonObject, pattern: RegExp): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && pattern.test(t.replace(/^.*[/#]/, "")));
}

export function firstString(nodes: readonly JsonObject[], key: string): string | null {
  for (const node of nodes) {
    const value = node[key];
    if (typeof value === "string" && value.trim()) return value;
  }
  return null;
}

export function jsonLdAuthors(nodes: readonly JsonObject[]): string | null {
  for (const node of nodes) {
    const names = personNames(node["author"] ?? node["creator"]);
    if (names.length > 0) return [...new Set(names)].join(", ");
  }
  return null;
}

function personNames(value: unknown): string[] {
  if (typeof value === "string") {
    const name = cleanName(value);
    return name ? [name] : [];
  }
  if (Array.isArray(value)) return value.flatMap(personNames);
  if (value && typeof value === "object") {
    const name = (value as JsonObject)["name"];
    if (typeof name === "string") return personNames(name);
    if (Array.isArray(name)) return personNames(name);
  }
  return [];
}

export function publisherName(nodes: readonly JsonObject[]): string | null {
  for (const node of nodes) {
    const publisher = node["publisher"];
    const candidates = Array.isArray(publisher) ? publisher : [publisher];
    for (const candidate of candidates) {
      if (typeof candidate === "string" && siteNameOf(candidate)) return siteNameOf(candidate);
      if (candidate && typeof candidate === "object") {
        const name = siteNameOf((candidate as JsonObject)["name"]);
        if (name) return name;
      }
    }
  }
  return null;
}
