using Interop.Fhir.FhirPath.Values;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>A type an item can be tested against: a FHIR type of the model, a System type, or neither (no item is of it).</summary>
internal sealed record ItemType(ClassMapping? Fhir, SystemType? System)
{
    /// <summary>The namespace, <c>FHIR</c> or <c>System</c>.</summary>
    public string Namespace => Fhir is null ? "System" : "FHIR";

    /// <summary>The type's name within its namespace.</summary>
    public string Name => Fhir?.Name ?? System?.ToString() ?? "Nothing";

    /// <summary>
    /// Whether <paramref name="item"/> is of this type or a type derived from it. With <paramref name="exactPrimitive"/>, a
    /// FHIR primitive must be exactly of the type: the suite has <c>gender.is(string)</c> true but <c>gender.as(string)</c> empty.
    /// </summary>
    public bool Matches(object item, bool exactPrimitive = false)
    {
        if (item is Base element)
        {
            return Fhir is not null && (exactPrimitive && Fhir.Kind == ClassKind.Primitive
                ? ReferenceEquals(element.ClassMapping, Fhir)
                : element.ClassMapping.IsA(Fhir));
        }

        return System is { } system && SystemTypeOf(item) == system;
    }

    /// <summary>The System type of a System value, or null for anything else.</summary>
    public static SystemType? SystemTypeOf(object item) => item switch
    {
        bool => SystemType.Boolean,
        int => SystemType.Integer,
        long => SystemType.Long,
        decimal => SystemType.Decimal,
        string => SystemType.String,
        FhirPathDate => SystemType.Date,
        FhirPathDateTime => SystemType.DateTime,
        FhirPathTime => SystemType.Time,
        FhirPathQuantity => SystemType.Quantity,
        _ => null,
    };

    /// <summary>The type of an item, as <c>type()</c> reports it.</summary>
    public static ItemType? Of(object item) => item is Base element
        ? new ItemType(element.ClassMapping, null)
        : SystemTypeOf(item) is { } system ? new ItemType(null, system) : null;

    /// <inheritdoc />
    public override string ToString() => $"{Namespace}.{Name}";
}
