/**
 * The editors' reference (`docs/editors-reference.md`), generated from the
 * zod schemas so it can never disagree with what the content check accepts.
 * Types, required/optional, defaults, enums and rules are read from the
 * schemas at run time; the descriptions are the one-line doc comments of the
 * schema source, read with the TypeScript compiler API. Pure: the caller
 * supplies the source texts and writes the result.
 */
import ts from 'typescript';
import { count } from './pages/shared.ts';

/** The doc comments found for one schema path. */
export interface DocEntry {
  /** The doc comment of the object property, e.g. of `evidence:` in `z.object({...})`. */
  field?: string;
  /** The doc comment of the nearest named constant the path refers to, e.g. of `evidenceSchema`. */
  schema?: string;
}

/**
 * Doc comments keyed by schema path: the constant's name, then `.name` for an
 * object property, `[]` for a list item, `{}` for a map value and `|i` for the
 * i-th form of a union, e.g. `statementSchema.date|1.evidence[].url`.
 */
export type DocMap = Map<string, DocEntry>;

/** A TypeScript source file by name and text. */
export interface SourceText {
  name: string;
  text: string;
}

/** The text of the JSDoc comment nearest to a node, on one line, or undefined. */
function jsDocOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const comment = docs.at(-1)?.comment;
  const text = comment === undefined ? undefined : ts.getTextOfJSDocComment(comment);
  return text?.replace(/\s+/gu, ' ').trim() || undefined;
}

/** The name of a property as written, for identifiers and string literals. */
function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;
}

/** A top-level constant: its initializer and doc comment. */
interface Constant {
  init: ts.Expression;
  doc?: string;
}

/** Every top-level `const` of the files, by name; a name declared twice is an error (the keys would be ambiguous). */
function constantsOf(files: SourceText[]): Map<string, Constant> {
  const constants = new Map<string, Constant>();
  for (const file of files) {
    const source = ts.createSourceFile(file.name, file.text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const name = declaration.name.text;
        if (constants.has(name)) throw new Error(`${file.name}: the constant ${name} is declared in two schema files`);
        constants.set(name, { init: declaration.initializer, doc: jsDocOf(declaration) });
      }
    }
  }
  return constants;
}

/**
 * Reads the doc comments of every schema constant in the files and of every
 * property of the `z.object({...})` literals they contain, following
 * references to other constants (`bylines: z.array(bylineSchema)`), so that
 * each path of each schema finds its comments.
 */
export function docCommentsOf(files: SourceText[]): DocMap {
  const constants = constantsOf(files);
  const docs: DocMap = new Map();
  const entry = (key: string) => docs.get(key) ?? docs.set(key, {}).get(key)!;

  /** Records the comments under `key` for a schema expression and everything inside it. */
  const walk = (expr: ts.Expression, key: string, seen: ReadonlySet<string>): void => {
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) {
      walk(expr.expression, key, seen);
      return;
    }
    if (ts.isIdentifier(expr)) {
      const constant = constants.get(expr.text);
      if (!constant || seen.has(expr.text)) return;
      const found = entry(key);
      // The nearest named constant describes the path best: `entityId` rather than the `slugField` it is.
      if (found.schema === undefined && constant.doc) found.schema = constant.doc;
      walk(constant.init, key, new Set([...seen, expr.text]));
      return;
    }
    if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression)) return;
    const method = expr.expression.name.text;
    const receiver = expr.expression.expression;
    const [first, second] = expr.arguments;
    const isZ = ts.isIdentifier(receiver) && !constants.has(receiver.text);
    if (!isZ) {
      // A method on a schema: `.optional()`, `.default([])`, `.min(1)`, `.refine(…)` keep the path.
      if (method === 'array') walk(receiver, `${key}[]`, seen);
      else walk(receiver, key, seen);
      if (method === 'extend' && first && ts.isObjectLiteralExpression(first)) walkShape(first, key, seen);
      return;
    }
    if (['object', 'strictObject', 'looseObject'].includes(method) && first && ts.isObjectLiteralExpression(first))
      walkShape(first, key, seen);
    else if (method === 'array' && first) walk(first, `${key}[]`, seen);
    else if (method === 'record' && second) walk(second, `${key}{}`, seen);
    else if (['optional', 'nullable', 'nullish'].includes(method) && first) walk(first, key, seen);
    else if (method === 'preprocess' && second) walk(second, key, seen);
    else if (method === 'union' || method === 'discriminatedUnion') {
      const options = method === 'union' ? first : second;
      if (options && ts.isArrayLiteralExpression(options))
        options.elements.forEach((option, i) => walk(option, `${key}|${i}`, seen));
    }
  };

  /** Records the comments of the properties of a `z.object({...})` literal. */
  const walkShape = (shape: ts.ObjectLiteralExpression, key: string, seen: ReadonlySet<string>): void => {
    for (const property of shape.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const name = propertyName(property.name);
      if (name === undefined) continue;
      const fieldKey = `${key}.${name}`;
      const doc = jsDocOf(property);
      if (doc) entry(fieldKey).field = doc;
      walk(ts.isPropertyAssignment(property) ? property.initializer : property.name, fieldKey, seen);
    }
  };

  for (const [name, constant] of constants) {
    if (constant.doc) entry(name).schema = constant.doc;
    walk(constant.init, name, new Set([name]));
  }
  return docs;
}

/** What a zod 4 schema's `_zod.def` holds, as far as the reference reads it. */
interface Def {
  type: string;
  innerType?: unknown;
  defaultValue?: unknown;
  element?: unknown;
  shape?: Record<string, unknown>;
  options?: unknown[];
  discriminator?: string;
  keyType?: unknown;
  valueType?: unknown;
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: unknown;
  out?: unknown;
  transform?: unknown;
  format?: string;
  checks?: unknown[];
}

/** What a check's `_zod.def` holds. */
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  path?: PropertyKey[];
  error?: (...args: unknown[]) => unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (schema: unknown): CheckDef[] =>
  (defOf(schema).checks ?? []).map((check) => (check as { _zod: { def: CheckDef } })._zod.def);

/** A check's message when it is a fixed text (zod wraps a message string in a function of no arguments). */
function fixedMessage(check: CheckDef): string | undefined {
  if (typeof check.error !== 'function' || check.error.length !== 0) return undefined;
  const message = check.error();
  return typeof message === 'string' ? message : undefined;
}

/** A named value type, e.g. "slug", recognised by the identity of its schema or of its preprocessing function. */
export interface NamedType {
  name: string;
  /** The schema (e.g. `slugField`) or the preprocessed schema (e.g. `isoDate`) that makes a value this type. */
  is: unknown;
}

/** One row of a field table. */
export interface FieldRow {
  /** The schema path of the field, as in the `DocMap`. */
  key: string;
  /** The dotted path an editor writes, e.g. `date.evidence[].url` or `paragraphs.<number>.topics`. */
  path: string;
  /** The union forms the field belongs to, e.g. "`date.basis` is `supplied`". */
  when: string[];
  type: string;
  required: boolean;
  /** The default used when the field is left out, as YAML-ish text. */
  defaultValue?: string;
  rules: string[];
  /** For a union: the schema path of each form and the value of the discriminator that selects it. */
  forms?: { key: string; label: string }[];
  /** For a list: the schema path of its items. */
  itemKey?: string;
  /** True when the field's type is a named type (its rules are explained once, with the type). */
  named: boolean;
  /** True when the field is a list of a named type. */
  itemNamed?: boolean;
}

const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** The schema without its wrappers (optional, default, …), whether a value may be left out, and its default. */
function unwrap(
  schema: unknown,
  names: readonly NamedType[],
): { core: unknown; optional: boolean; defaultValue?: unknown; name?: string } {
  let core = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const name = names.find((n) => n.is === core)?.name;
    if (name) return { core, optional, defaultValue, name };
    const def = defOf(core);
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue = def.defaultValue;
    } else if (def.type === 'pipe') {
      const input = defOf(def.in);
      const viaName = names.find((n) => n.is === input.transform)?.name;
      if (viaName) return { core, optional, defaultValue, name: viaName };
      // A preprocessed value is described by what it must become; a transformed one by what is written.
      core = input.type === 'transform' ? def.out : def.in;
      continue;
    } else if (!['readonly', 'catch', 'nonoptional'].includes(def.type)) return { core, optional, defaultValue };
    core = def.innerType;
  }
}

/** "1 item", "2 items". */
const items = (n: number) => count(n, 'item');

/** The rules a value must follow, in words, from its checks. */
function rulesOf(core: unknown): string[] {
  const def = defOf(core);
  const isText = def.type === 'string';
  const whole = checksOf(core).some((c) => c.check === 'number_format' && /int/u.test(c.format ?? ''));
  const rules: string[] = [];
  for (const check of checksOf(core)) {
    const message = fixedMessage(check);
    let rule: string | undefined;
    if (check.check === 'min_length' && check.minimum !== undefined)
      rule = isText
        ? check.minimum === 1
          ? 'not empty'
          : `at least ${check.minimum} characters`
        : `at least ${items(check.minimum)}`;
    else if (check.check === 'max_length' && check.maximum !== undefined)
      rule = isText ? `at most ${check.maximum} characters` : `at most ${items(check.maximum)}`;
    else if (check.check === 'length_equals' && check.length !== undefined)
      rule = isText ? `exactly ${check.length} characters` : `exactly ${items(check.length)}`;
    else if (check.check === 'string_format' && check.pattern) rule = `matches ${code(check.pattern.source)}`;
    else if (check.check === 'greater_than' && check.value !== undefined)
      rule =
        whole && !check.inclusive && typeof check.value === 'number'
          ? `at least ${check.value + 1}`
          : `${check.inclusive ? 'at least' : 'greater than'} ${check.value}`;
    else if (check.check === 'less_than' && check.value !== undefined)
      rule = `${check.inclusive ? 'at most' : 'less than'} ${check.value}`;
    else if (check.check === 'string_format' && check.format && isText && def.format !== check.format)
      rule = `a valid ${check.format}`;
    // The schema's own message is in the editors' words; a pattern is shown as well, for the exact rule.
    if (message && check.pattern) rules.push(`${message} (${code(check.pattern.source)})`);
    else if (message && check.check !== 'custom') rules.push(message);
    else if (rule) rules.push(rule);
  }
  return rules;
}

/** The items of a list in words: "slug" → "slugs", "one of `a`, `b`" → "items that are one of `a`, `b`". */
const plural = (name: string) => (/^[\w ]+$/u.test(name) ? `${name}s` : `items that are ${name}`);

/** The type of a value in words: "string", "URL", "slug", "one of `a`, `b`", "list of slugs", "map of slug → string". */
function typeOf(schema: unknown, names: readonly NamedType[]): string {
  const { core, name } = unwrap(schema, names);
  if (name) return name;
  const def = defOf(core);
  switch (def.type) {
    case 'string':
      if (def.format === 'url') return 'URL';
      if (def.format && def.format !== 'regex') return def.format;
      if (checksOf(core).some((c) => c.pattern?.source === '^\\d+$')) return 'number';
      return 'string';
    case 'number':
    case 'int':
      return checksOf(core).some((c) => c.check === 'number_format' && /int/u.test(c.format ?? ''))
        ? 'whole number'
        : 'number';
    case 'boolean':
      return '`true` or `false`';
    case 'enum':
      return `one of ${Object.values(def.entries ?? {})
        .map((v) => code(String(v)))
        .join(', ')}`;
    case 'literal':
      return (def.values ?? []).map((v) => code(String(v))).join(' or ');
    case 'object':
      return 'object';
    case 'array':
      return `list of ${plural(typeOf(def.element, names))}`;
    case 'record':
      return `map of ${typeOf(def.keyType, names)} → ${typeOf(def.valueType, names)}`;
    case 'union':
      return def.discriminator
        ? `one of ${def.options?.length} forms, by ${code(def.discriminator)}`
        : `one of ${def.options?.length} forms`;
    default:
      return def.type;
  }
}

/** The value of a form's discriminator, e.g. `source` for the given-date form of `date`. */
function discriminatorValue(option: unknown, discriminator: string, names: readonly NamedType[]): string {
  const { core } = unwrap(option, names);
  const field = defOf(core).shape?.[discriminator];
  const values = field === undefined ? [] : (defOf(unwrap(field, names).core).values ?? []);
  return values.map(String).join(' or ');
}

/** Formats a default value as an editor would write it in YAML. */
const formatDefault = (value: unknown) => code(JSON.stringify(value) ?? String(value));

/**
 * Every field of a schema, depth first in the order the schema declares them:
 * nested objects, list items, map values and the forms of a union are expanded.
 */
export function fieldsOf(schema: unknown, rootKey: string, names: readonly NamedType[] = []): FieldRow[] {
  const rows: FieldRow[] = [];
  /** Rules an object's own refinements state about one of its fields, by that field's key. */
  const refinements = new Map<string, string[]>();

  /** Emits the rows inside a value (its properties, items, map values or forms). */
  const expand = (value: unknown, key: string, path: string, when: string[]) => {
    const { core, name } = unwrap(value, names);
    if (name) return;
    const def = defOf(core);
    if (def.type === 'object') {
      for (const check of checksOf(core)) {
        const message = fixedMessage(check);
        if (check.check === 'custom' && check.path?.length && message) {
          const target = `${key}.${check.path.map(String).join('.')}`;
          refinements.set(target, [...(refinements.get(target) ?? []), message]);
        }
      }
      for (const [name, field] of Object.entries(def.shape ?? {}))
        emit(field, `${key}.${name}`, path ? `${path}.${name}` : name, when);
    } else if (def.type === 'array') expand(def.element, `${key}[]`, `${path}[]`, when);
    else if (def.type === 'record') expand(def.valueType, `${key}{}`, `${path}.<${typeOf(def.keyType, names)}>`, when);
    else if (def.type === 'union')
      (def.options ?? []).forEach((option, i) => {
        const label = def.discriminator
          ? `${code(`${path ? `${path}.` : ''}${def.discriminator}`)} is ${code(discriminatorValue(option, def.discriminator, names))}`
          : `form ${i + 1}`;
        expand(option, `${key}|${i}`, path, [...when, label]);
      });
  };

  /** Emits the row of one field and the rows inside it. */
  const emit = (field: unknown, key: string, path: string, when: string[]) => {
    const { core, optional, defaultValue, name } = unwrap(field, names);
    const def = defOf(core);
    const rules = name ? [] : rulesOf(core);
    if (!name && def.type === 'array') {
      const item = unwrap(def.element, names);
      if (!item.name && !['object', 'union', 'record'].includes(defOf(item.core).type))
        rules.push(...rulesOf(item.core).map((rule) => `each item: ${rule}`));
    }
    if (!name && def.type === 'record') {
      const keyType = unwrap(def.keyType, names);
      if (!keyType.name) rules.push(...rulesOf(keyType.core).map((r) => `keys: ${r}`));
    }
    rules.push(...(refinements.get(key) ?? []).map((message) => `also checked: “${message}”`));
    const row: FieldRow = {
      key,
      path,
      when,
      type: typeOf(field, names),
      required: !optional,
      defaultValue: defaultValue === undefined ? undefined : formatDefault(defaultValue),
      rules,
      named: name !== undefined,
    };
    if (!name && def.type === 'union' && def.discriminator) {
      const discriminator = def.discriminator;
      row.forms = (def.options ?? []).map((option, i) => ({
        key: `${key}|${i}`,
        label: discriminatorValue(option, discriminator, names),
      }));
    }
    if (!name && def.type === 'array') {
      row.itemKey = `${key}[]`;
      row.itemNamed = unwrap(def.element, names).name !== undefined;
    }
    rows.push(row);
    expand(field, key, path, when);
  };

  expand(schema, rootKey, '', []);
  return rows;
}

/** The description of a row: its doc comment, then what the constants it refers to say. */
export function describeRow(row: FieldRow, docs: DocMap): string {
  const own = docs.get(row.key);
  const parts = [own?.field ?? ''];
  if (row.forms)
    parts.push(...row.forms.map((form) => `${code(form.label)}: ${docs.get(form.key)?.schema ?? ''}`.trim()));
  else if (!row.named && own?.schema && own.schema !== own.field) parts.push(own.schema);
  const item = row.itemKey ? docs.get(row.itemKey)?.schema : undefined;
  if (item && !row.itemNamed) parts.push(`Each item: ${item}`);
  return parts.filter(Boolean).join(' ');
}

/** The keys of fields that have no doc comment of their own. */
export function undocumentedFields(rows: readonly FieldRow[], docs: DocMap): string[] {
  return rows.filter((row) => !docs.get(row.key)?.field).map((row) => row.key);
}

/** Escapes text for a Markdown table cell. */
const cell = (text: string) => text.replace(/\r?\n/gu, ' ').replace(/\|/gu, '\\|');

/** The Markdown table of a schema's fields. */
export function fieldTable(rows: readonly FieldRow[], docs: DocMap): string {
  const lines = ['| Field | Type | Required | Rules | Description |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    const field = `${code(row.path)}${row.when.length ? ` (when ${row.when.join(' and ')})` : ''}`;
    const required = row.required
      ? 'required'
      : row.defaultValue
        ? `optional, default ${row.defaultValue}`
        : 'optional';
    lines.push(
      `| ${[field, row.type, required, row.rules.join('; '), describeRow(row, docs)].map(cell).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** One kind of content file and the schema of each of its records. */
export interface FileKind {
  /** Section heading, e.g. "Statements". */
  title: string;
  /** Where the files live, e.g. `content/statements/<anything>.md`. */
  location: string;
  /** Markdown paragraphs introducing the file kind. */
  intro: string;
  /** A minimal valid example and the code-fence language to show it in. */
  example: { language: string; text: string };
  /** The schema's constant name in the source, e.g. `statementSchema`. */
  schemaName: string;
  schema: unknown;
}

/** A section of fixed text. */
export interface FixedSection {
  title: string;
  body: string;
}

/** Everything the reference is made of. */
export interface ReferenceParts {
  title: string;
  /** Markdown paragraphs under the title. */
  lead: string;
  /** Named value types and what they mean, shown before the file kinds. */
  valueTypes: { name: string; meaning: string }[];
  kinds: FileKind[];
  sections: FixedSection[];
}

/** A GitHub-style heading anchor. */
const anchor = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/gu, '-');

/** Renders the whole reference as Markdown (not yet formatted by Prettier). */
export function renderReference(parts: ReferenceParts, docs: DocMap, names: readonly NamedType[]): string {
  const out: string[] = [`# ${parts.title}`, parts.lead.trim()];
  const titles = ['Value types', ...parts.kinds.map((k) => k.title), ...parts.sections.map((s) => s.title)];
  out.push(titles.map((t) => `- [${t}](#${anchor(t)})`).join('\n'));
  const valueTypes = parts.valueTypes.map((t) => `| ${cell(t.name)} | ${cell(t.meaning)} |`);
  out.push('## Value types', ['| Type | Meaning |', '| --- | --- |', ...valueTypes].join('\n'));
  for (const kind of parts.kinds) {
    out.push(`## ${kind.title}`, `Where: ${kind.location}`, kind.intro.trim());
    const schemaDoc = docs.get(kind.schemaName)?.schema;
    if (schemaDoc) out.push(`Each entry: ${schemaDoc}`);
    out.push(`Minimal example:\n\n\`\`\`${kind.example.language}\n${kind.example.text.trim()}\n\`\`\``);
    out.push(fieldTable(fieldsOf(kind.schema, kind.schemaName, names), docs));
  }
  for (const section of parts.sections) out.push(`## ${section.title}`, section.body.trim());
  return `${out.join('\n\n')}\n`;
}
