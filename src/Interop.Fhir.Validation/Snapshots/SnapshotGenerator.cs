using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Snapshots;

/// <summary>
/// Generates the snapshot of a definition that ships only a differential: the base definition's snapshot, with each
/// differential element applied in order onto the element it names (creating slices, expanding datatypes and type
/// profiles below elements the base does not expand). One instance generates one snapshot.
/// </summary>
internal sealed partial class SnapshotGenerator
{
    private const string CoreTypePrefix = "http://hl7.org/fhir/StructureDefinition/";

    private readonly StructureDefinitionInfo _definition;
    private readonly Func<string, StructureDefinitionInfo?> _resolve;
    private readonly Action<PackageIssue> _report;

    // Choice elements this differential has narrowed by naming a type (valueQuantity): each further name adds its type.
    private readonly HashSet<SnapshotNode> _renamedChoices = [];

    private SnapshotNode? _root;

    private SnapshotGenerator(StructureDefinitionInfo definition, Func<string, StructureDefinitionInfo?> resolve, Action<PackageIssue> report)
    {
        _definition = definition;
        _resolve = resolve;
        _report = report;
    }

    /// <summary>
    /// The snapshot of <paramref name="definition"/>; <paramref name="resolve"/> finds other definitions with their
    /// snapshots (the base, datatypes, type profiles). Empty, with an issue reported, when the base is unknown.
    /// </summary>
    public static IReadOnlyList<ElementInfo> Generate(
        StructureDefinitionInfo definition, Func<string, StructureDefinitionInfo?> resolve, Action<PackageIssue> report) =>
        new SnapshotGenerator(definition, resolve, report).Generate();

    private IReadOnlyList<ElementInfo> Generate()
    {
        var baseDefinition = _definition.BaseDefinition is { } baseUrl ? _resolve(baseUrl) : null;
        if (baseDefinition is null || SnapshotTree.Build(baseDefinition.Snapshot) is not { } root)
        {
            Report(IssueSeverity.Error, ValidationCodes.SnapshotBaseNotFound,
                $"The base definition {_definition.BaseDefinition ?? "(none)"} is not loaded or has no snapshot; no snapshot is generated.");
            return [];
        }

        _root = root;
        foreach (var differential in _definition.Differential)
        {
            if (Find(root, differential) is { } node)
            {
                node.Element = ElementConstraint.Apply(node.Element, differential);
            }
            else
            {
                Report(IssueSeverity.Error, ValidationCodes.SnapshotElementNotFound,
                    $"The differential element {differential.Id} matches no element of the base; it is ignored.");
            }
        }

        return SnapshotTree.Flatten(root);
    }

    private void Report(IssueSeverity severity, string code, string message) =>
        _report(new PackageIssue(severity, code, message, _definition.ToString()));
}
