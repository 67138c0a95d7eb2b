namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>The binary operators of FHIRPath (the type operators <c>is</c> and <c>as</c> are <see cref="TypeOperationNode"/>).</summary>
public enum BinaryOperator
{
    /// <summary><c>*</c></summary>
    Multiply,

    /// <summary><c>/</c></summary>
    Divide,

    /// <summary><c>div</c></summary>
    Div,

    /// <summary><c>mod</c></summary>
    Mod,

    /// <summary><c>+</c></summary>
    Add,

    /// <summary><c>-</c></summary>
    Subtract,

    /// <summary><c>&amp;</c></summary>
    Concatenate,

    /// <summary><c>|</c></summary>
    Union,

    /// <summary><c>&lt;</c></summary>
    LessThan,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    GreaterThan,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,

    /// <summary><c>=</c></summary>
    Equal,

    /// <summary><c>~</c></summary>
    Equivalent,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>!~</c></summary>
    NotEquivalent,

    /// <summary><c>in</c></summary>
    In,

    /// <summary><c>contains</c></summary>
    Contains,

    /// <summary><c>and</c></summary>
    And,

    /// <summary><c>or</c></summary>
    Or,

    /// <summary><c>xor</c></summary>
    Xor,

    /// <summary><c>implies</c></summary>
    Implies,
}
