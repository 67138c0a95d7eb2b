namespace Interop.Cli.Conformance;

/// <summary>The first point where two documents differ: a JSON path (<c>$.name[0].given</c>) or an XML path (<c>/Patient/name[1]/@value</c>).</summary>
internal sealed record Difference(string Path, DifferenceKind Kind)
{
    /// <summary>The same difference seen from an enclosing node, whose step is put in front of the path.</summary>
    public Difference Under(string step) => this with { Path = step + Path };

    /// <inheritdoc />
    public override string ToString() => $"{Path} {Describe(Kind)}";

    private static string Describe(DifferenceKind kind) => kind switch
    {
        DifferenceKind.Missing => "missing",
        DifferenceKind.Unexpected => "unexpected",
        DifferenceKind.ValueDiffers => "value differs",
        DifferenceKind.KindDiffers => "kind differs",
        DifferenceKind.NameDiffers => "name differs",
        _ => kind.ToString(),
    };
}
