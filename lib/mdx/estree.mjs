// Tiny builders for the MDX AST nodes the post plugins insert (MDX needs an estree beside the source text).

const program = (body) => ({ type: 'Program', sourceType: 'module', body });

/** `export const <name> = { key: literal, … }` as an MDX ESM node (MDX allows no other statements). */
export function exportConst(name, object) {
  const literal = (value) => ({ type: 'Literal', value, raw: JSON.stringify(value) });
  const properties = Object.entries(object).map(([key, value]) => ({
    type: 'Property',
    key: { type: 'Identifier', name: key },
    value: literal(value),
    kind: 'init',
    method: false,
    shorthand: false,
    computed: false,
  }));
  return {
    type: 'mdxjsEsm',
    value: `export const ${name} = ${JSON.stringify(object)}`,
    data: {
      estree: program([
        {
          type: 'ExportNamedDeclaration',
          declaration: {
            type: 'VariableDeclaration',
            kind: 'const',
            declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name }, init: { type: 'ObjectExpression', properties } }],
          },
          specifiers: [],
          source: null,
        },
      ]),
    },
  };
}

/** A JSX attribute whose value is `{identifier}`. */
export function expressionAttribute(name, identifier) {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: identifier,
      data: { estree: program([{ type: 'ExpressionStatement', expression: { type: 'Identifier', name: identifier } }]) },
    },
  };
}

export function stringAttribute(name, value) {
  return { type: 'mdxJsxAttribute', name, value };
}

/** The literal string value of a JSX attribute, `undefined` when absent, `null` when it is an expression. */
export function attributeValue(node, name) {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  if (attribute.value === null || attribute.value === undefined) return '';
  return typeof attribute.value === 'string' ? attribute.value : null;
}

/** A JSX attribute whose value is `{literal}` (a number or boolean: strings use stringAttribute). */
export function literalAttribute(name, value) {
  const raw = JSON.stringify(value);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: raw,
      data: { estree: program([{ type: 'ExpressionStatement', expression: { type: 'Literal', value, raw } }]) },
    },
  };
}
