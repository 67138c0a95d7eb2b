using Interop.Fhir.Validation;

namespace Interop.Cli.Conformance.Validator;

/// <summary>One case of HL7's validator suite, as its manifest states it.</summary>
/// <param name="Name">The case's name in the manifest.</param>
/// <param name="Module">The manifest module the case is in (<c>profile</c>, <c>bundle</c>...).</param>
/// <param name="File">The resource to validate, relative to the suite's folder.</param>
/// <param name="Supporting">Conformance resources to load before validating (the manifest's <c>supporting</c>, <c>supporting5</c> and <c>profiles</c>), relative to the suite's folder.</param>
/// <param name="Expected">What HL7's Java reference validator says.</param>
/// <param name="Firely">What the Firely SDK says, when the suite records it.</param>
/// <param name="Options">The validator options the manifest asks for (<c>examples</c>, <c>validateReference</c>).</param>
internal sealed record ValidatorTestCase(
    string Name,
    string Module,
    string File,
    IReadOnlyList<string> Supporting,
    ExpectedOutcome Expected,
    ExpectedOutcome? Firely,
    ValidatorOptions Options);
