using Interop.Fhir.FhirPath.Syntax;

namespace Interop.Fhir.FhirPath.Tests.Syntax;

/// <summary>
/// Renders a tree compactly so shapes can be asserted as text: operators prefix and parenthesised
/// (<c>(+ 1 (* 2 3))</c>), paths and calls as written (<c>a.b.where(c)</c>), type operations as <c>(is x T)</c>.
/// </summary>
internal static class TreePrinter
{
    public static string Print(SyntaxNode node) => node switch
    {
        LiteralNode literal => Literal(literal),
        MemberNode member => Path(member.Focus) + member.Name,
        FunctionNode function => $"{Path(function.Focus)}{function.Name}({string.Join(", ", function.Arguments.Select(Print))})",
        IndexerNode indexer => $"{Print(indexer.Focus)}[{Print(indexer.Index)}]",
        UnaryNode unary => $"({(unary.Negate ? "-" : "+")} {Print(unary.Operand)})",
        BinaryNode binary => $"({Symbol(binary.Operator)} {Print(binary.Left)} {Print(binary.Right)})",
        TypeOperationNode type => $"({(type.IsAs ? "as" : "is")} {Print(type.Operand)} {type.Type})",
        ContextVariableNode variable => "$" + variable.Variable.ToString().ToLowerInvariant(),
        EnvironmentVariableNode variable => "%" + variable.Name,
        _ => throw new ArgumentException($"Unknown node {node.GetType().Name}.", nameof(node)),
    };

    private static string Path(SyntaxNode? focus) => focus is null ? "" : Print(focus) + ".";

    private static string Literal(LiteralNode literal) => literal.Kind switch
    {
        LiteralKind.String => $"'{literal.Text}'",
        LiteralKind.Long => literal.Text + "L",
        LiteralKind.Date or LiteralKind.DateTime or LiteralKind.Time => "@" + literal.Text,
        LiteralKind.Quantity => $"{literal.Text} '{literal.Unit}'",
        _ => literal.Text,
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Div => "div",
        BinaryOperator.Mod => "mod",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Concatenate => "&",
        BinaryOperator.Union => "|",
        BinaryOperator.LessThan => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.GreaterThan => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "=",
        BinaryOperator.Equivalent => "~",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.NotEquivalent => "!~",
        BinaryOperator.In => "in",
        BinaryOperator.Contains => "contains",
        BinaryOperator.And => "and",
        BinaryOperator.Or => "or",
        BinaryOperator.Xor => "xor",
        BinaryOperator.Implies => "implies",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };
}
