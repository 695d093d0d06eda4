// Validates rendered Kubernetes manifests offline.
//
//   node deploy/validate-manifests.mjs rendered.yaml [more.yaml ...]
//
// Every document must have apiVersion, kind and metadata.name. Built-in kinds and the Prometheus
// Operator's kinds are checked with the kubernetes-models classes' validate() (types, enums,
// required fields), and then for unknown fields, which validate() lets through but an API server
// with strict field validation rejects (a misspelt field is otherwise silently dropped): the field
// names are read from the models' TypeScript declarations. Strimzi KafkaTopics are checked by hand.
// Prints one line per failing document and a summary; exits 1 if any document failed.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// The npm packages live in deploy/.tools (check.sh installs them), not beside this script.
const toolsDir = process.env.DEPLOY_TOOLS ?? path.join(path.dirname(fileURLToPath(import.meta.url)), ".tools");
const require = createRequire(path.join(toolsDir, "package.json"));
const { parseAllDocuments } = require("yaml");

const MODEL_PACKAGES = {
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

function modelModule(apiVersion, kind) {
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  if (MODEL_PACKAGES[group]) return `${MODEL_PACKAGES[group]}/${group}/${version}/${kind}`;
  if (group === "" || !group.includes(".") || group.endsWith(".k8s.io")) {
    return `kubernetes-models/${group ? group + "/" : ""}${version}/${kind}`;
  }
  return null;
}

// ---- field names from the models' .d.ts declarations ----------------------------------------------

function tokenize(text) {
  const tokens = [];
  const re = /\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*|("(?:[^"\\]|\\.)*")|([A-Za-z_$][\w$.]*)|(-?\d+(?:\.\d+)?)|([{}\[\]<>();:?|,&=])/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[1] !== undefined) tokens.push({ t: "str", v: JSON.parse(m[1]) });
    else if (m[2] !== undefined) tokens.push({ t: "id", v: m[2] });
    else if (m[3] !== undefined) tokens.push({ t: "num", v: m[3] });
    else if (m[4] !== undefined) tokens.push({ t: "p", v: m[4] });
  }
  return tokens;
}

function parseType(tokens, pos, file) {
  const members = [];
  let p = pos;
  for (;;) {
    const [node, next] = parsePrimary(tokens, p, file);
    members.push(node);
    p = next;
    while (tokens[p] && tokens[p].t === "p" && tokens[p].v === "[" && tokens[p + 1]?.v === "]") {
      members[members.length - 1] = { kind: "arr", el: members[members.length - 1] };
      p += 2;
    }
    if (tokens[p] && tokens[p].t === "p" && (tokens[p].v === "|" || tokens[p].v === "&")) { p++; continue; }
    break;
  }
  return [members.length === 1 ? members[0] : { kind: "union", types: members }, p];
}

function parsePrimary(tokens, p, file) {
  const tok = tokens[p];
  if (tok.t === "p" && tok.v === "(") {
    const [inner, next] = parseType(tokens, p + 1, file);
    return [inner, next + 1];
  }
  if (tok.t === "id" && tok.v === "Array" && tokens[p + 1]?.v === "<") {
    const [el, next] = parseType(tokens, p + 2, file);
    return [{ kind: "arr", el }, next + 1];
  }
  if (tok.t === "p" && tok.v === "{") return parseObject(tokens, p, file);
  if (tok.t === "id") return [{ kind: "ref", name: tok.v, file }, p + 1];
  return [{ kind: "leaf" }, p + 1];
}

function parseObject(tokens, p, file) {
  const props = new Map();
  let index = null;
  p++;
  while (!(tokens[p].t === "p" && tokens[p].v === "}")) {
    if (tokens[p].t === "p" && tokens[p].v === "[") {
      while (!(tokens[p].t === "p" && tokens[p].v === "]")) p++;
      p += 2;
      const [t, next] = parseType(tokens, p, file);
      index = t;
      p = next;
    } else {
      const name = tokens[p].v;
      p++;
      if (tokens[p].v === "?") p++;
      p++;
      const [t, next] = parseType(tokens, p, file);
      props.set(name, t);
      p = next;
    }
    if (tokens[p].t === "p" && (tokens[p].v === ";" || tokens[p].v === ",")) p++;
  }
  return [{ kind: "obj", props, index }, p + 1];
}

const declarations = new Map();

function declarationOf(dtsFile) {
  if (declarations.has(dtsFile)) return declarations.get(dtsFile);
  declarations.set(dtsFile, { kind: "leaf" });
  const text = fs.readFileSync(dtsFile, "utf8");
  const imports = new Map();
  for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    for (const name of m[1].split(",").map((s) => s.trim()).filter(Boolean)) {
      imports.set(name.split(/\s+as\s+/).pop(), m[2]);
    }
  }
  const start = text.search(/export interface \w+(\s+extends [^{]*)?\s*\{/);
  let decl = { kind: "leaf" };
  if (start >= 0) {
    const tokens = tokenize(text.slice(text.indexOf("{", start)));
    decl = parseObject(tokens, 0, { path: dtsFile, imports })[0];
    // TypeMeta, which top-level kinds extend, declares these two.
    if (/export interface \w+\s+extends [^{]*TypeMeta/.test(text)) {
      decl.props.set("apiVersion", { kind: "leaf" });
      decl.props.set("kind", { kind: "leaf" });
    }
  }
  declarations.set(dtsFile, decl);
  return decl;
}

function resolveDts(spec, fromFile) {
  if (spec.startsWith(".")) return path.resolve(path.dirname(fromFile), spec + ".d.ts");
  try {
    return require.resolve(spec + ".d.ts");
  } catch {
    const js = require.resolve(spec);
    return js.replace(/\.(c|m)?js$/, ".d.ts");
  }
}

function resolveRef(node) {
  const spec = node.file.imports?.get(node.name);
  if (!spec) return { kind: "leaf" };
  const dts = resolveDts(spec, node.file.path);
  return fs.existsSync(dts) ? declarationOf(dts) : { kind: "leaf" };
}

function unknownFields(value, type, where, errors) {
  if (value === null || value === undefined) return;
  if (type.kind === "ref") return unknownFields(value, resolveRef(type), where, errors);
  if (type.kind === "union") {
    const resolved = type.types.map((t) => (t.kind === "ref" ? resolveRef(t) : t));
    const pick = Array.isArray(value)
      ? resolved.find((t) => t.kind === "arr")
      : typeof value === "object" ? resolved.find((t) => t.kind === "obj") : null;
    if (pick) unknownFields(value, pick, where, errors);
    return;
  }
  if (type.kind === "arr" && Array.isArray(value)) {
    value.forEach((v, i) => unknownFields(v, type.el, `${where}[${i}]`, errors));
    return;
  }
  if (type.kind === "obj" && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) {
      const child = type.props.get(key) ?? type.index;
      if (!child) errors.push(`unknown field ${where}.${key}`);
      else unknownFields(v, child, `${where}.${key}`, errors);
    }
  }
}

// ---- kinds without a model --------------------------------------------------------------------

const DNS_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const isPositiveInt = (v) => Number.isInteger(v) && v >= 1;

function checkKafkaTopic(doc, errors) {
  const spec = doc.spec;
  if (!spec || typeof spec !== "object") return errors.push("spec is required");
  if (!doc.metadata.labels?.["strimzi.io/cluster"]) errors.push("metadata.labels[strimzi.io/cluster] is required");
  const allowed = new Set(["topicName", "partitions", "replicas", "config"]);
  for (const key of Object.keys(spec)) if (!allowed.has(key)) errors.push(`unknown field .spec.${key}`);
  if (spec.partitions !== undefined && !isPositiveInt(spec.partitions)) errors.push("spec.partitions must be an integer >= 1");
  if (spec.replicas !== undefined && !isPositiveInt(spec.replicas)) errors.push("spec.replicas must be an integer >= 1");
  if (spec.topicName !== undefined && !/^[A-Za-z0-9._-]{1,249}$/.test(spec.topicName)) errors.push("spec.topicName is not a valid Kafka topic name");
  if (spec.config !== undefined) {
    if (typeof spec.config !== "object" || Array.isArray(spec.config)) errors.push("spec.config must be a map");
    else for (const [k, v] of Object.entries(spec.config)) {
      if (!["string", "number", "boolean"].includes(typeof v)) errors.push(`spec.config.${k} must be a scalar`);
    }
    const policy = spec.config?.["cleanup.policy"];
    if (policy !== undefined && !/^(compact|delete|compact,delete|delete,compact)$/.test(policy)) errors.push(`spec.config.cleanup.policy "${policy}" is not compact and/or delete`);
  }
}

const HAND_CHECKED = {
  "kafka.strimzi.io/KafkaTopic": checkKafkaTopic,
};

// ---- main -----------------------------------------------------------------------------------------

async function validateDoc(doc) {
  const errors = [];
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return ["not a YAML mapping"];
  if (typeof doc.apiVersion !== "string" || !doc.apiVersion) errors.push("apiVersion is required");
  if (typeof doc.kind !== "string" || !doc.kind) errors.push("kind is required");
  const name = doc.metadata?.name;
  if (typeof name !== "string" || !DNS_NAME.test(name) || name.length > 253) errors.push(`metadata.name "${name}" is missing or not a DNS subdomain name`);
  if (errors.length) return errors;

  const group = doc.apiVersion.split("/")[0];
  const hand = HAND_CHECKED[`${group}/${doc.kind}`];
  if (hand) {
    hand(doc, errors);
    return errors;
  }
  const spec = modelModule(doc.apiVersion, doc.kind);
  let mod = null;
  if (spec) {
    try {
      mod = require(spec);
    } catch {
      mod = null;
    }
  }
  const Model = mod?.[doc.kind];
  if (!Model) {
    // A custom resource this script has no schema for: the checks above are all it gets.
    return errors;
  }
  try {
    new Model(doc).validate();
  } catch (e) {
    errors.push(...String(e.message).split(/,\s*(?=data)/));
  }
  unknownFields(doc, declarationOf(resolveDts(spec, "")), "", errors);
  return errors;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate-manifests.mjs FILE.yaml...");
  process.exit(2);
}
let ok = 0;
let failed = 0;
const kinds = new Map();
for (const file of files) {
  const docs = parseAllDocuments(fs.readFileSync(file, "utf8"));
  for (const d of docs) {
    if (d.errors.length) {
      failed++;
      console.log(`FAIL ${file}: YAML error: ${d.errors[0].message}`);
      continue;
    }
    const doc = d.toJS();
    if (doc === null || doc === undefined) continue;
    const errors = await validateDoc(doc);
    const label = `${doc?.kind ?? "?"}/${doc?.metadata?.name ?? "?"}`;
    if (errors.length) {
      failed++;
      for (const e of errors) console.log(`FAIL ${file}: ${label}: ${e}`);
    } else {
      ok++;
      kinds.set(doc.kind, (kinds.get(doc.kind) ?? 0) + 1);
    }
  }
}
const byKind = [...kinds].map(([k, n]) => `${n} ${k}`).join(", ");
console.log(`manifests: ${ok} valid, ${failed} invalid${byKind ? ` (${byKind})` : ""}`);
process.exit(failed === 0 && ok > 0 ? 0 : 1);
