import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type ExecutionArgs,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';

/**
 * Calls `each` for every field an operation selects (its fragments' too), with the field's definition,
 * its argument values with the variables applied and coerced, its node and its parent type: what the
 * checks before execution read (arguments.ts, estimates.ts). Nothing when the operation or its variables
 * are not valid (execution reports them), and a field whose arguments cannot be read is skipped alike.
 */
export function eachField(
  args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>,
  each: (field: GraphQLField<unknown, unknown>, values: Record<string, unknown>, node: FieldNode, parent: GraphQLNamedType | null) => void,
): void {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return;
  const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
  if (variables.errors) return;
  const typeInfo = new TypeInfo(args.schema);
  const roots: ASTNode[] = [operation, ...args.document.definitions.filter((d: ASTNode) => d.kind === Kind.FRAGMENT_DEFINITION)];
  for (const root of roots)
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          if (!field) return;
          let values: Record<string, unknown>;
          try {
            values = field.args.length ? getArgumentValues(field, node, variables.coerced) : {};
          } catch {
            return;
          }
          each(field, values, node, typeInfo.getParentType() ?? null);
        },
      }),
    );
}
