namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>The kind of a literal.</summary>
public enum LiteralKind
{
    /// <summary><c>{}</c>, the empty collection.</summary>
    Empty,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A quoted string, unescaped.</summary>
    String,

    /// <summary>A number without a decimal point.</summary>
    Integer,

    /// <summary>A number with the <c>L</c> suffix (FHIRPath 2.1 Long).</summary>
    Long,

    /// <summary>A number with a decimal point.</summary>
    Decimal,

    /// <summary><c>@2015-02-04</c>: a date with no time part.</summary>
    Date,

    /// <summary><c>@2015-02-04T14:34</c> or <c>@2015T</c>: a date with a time part or a trailing <c>T</c>.</summary>
    DateTime,

    /// <summary><c>@T14:34:28</c>.</summary>
    Time,

    /// <summary>A number followed by a quoted UCUM unit or a calendar keyword (<c>4 days</c>, <c>10 'mg'</c>).</summary>
    Quantity,
}
