using Interop.Fhir.R4;
using Interop.Functions.Hosting;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Fhir;

/// <summary>Builds the R4 CapabilityStatement served at <c>/fhir/R4/metadata</c>: exactly what the host does today.</summary>
internal sealed class R4CapabilityStatementFactory(IOptions<InteropHostOptions> options, TimeProvider time)
{
    /// <summary>The FHIR version of this base.</summary>
    public const string FhirVersion = "4.0.1";

    /// <summary>Creates the statement, dated now.</summary>
    public CapabilityStatement Create()
    {
        var host = options.Value;
        return new CapabilityStatement
        {
            Status = new Code("active"),
            Date = new FhirDateTime(CapabilityStatementFacts.Date(time)),
            Kind = new Code("instance"),
            Software = new CapabilityStatement.SoftwareComponent
            {
                Name = new FhirString(host.SoftwareName),
                Version = new FhirString(CapabilityStatementFacts.SoftwareVersion(host)),
            },
            Implementation = new CapabilityStatement.ImplementationComponent
            {
                Description = new FhirString(host.Description),
                Url = new FhirUrl(CapabilityStatementFacts.BaseUrl(host, FhirPaths.R4)),
            },
            FhirVersion = new Code(FhirVersion),
            Format = [.. CapabilityStatementFacts.Formats.Select(f => new Code(f))],
            Rest =
            [
                new CapabilityStatement.RestComponent
                {
                    Mode = new Code("server"),
                    Documentation = new Markdown(CapabilityStatementFacts.RestDocumentation),
                    Security = new CapabilityStatement.SecurityComponent
                    {
                        Service = [new CodeableConcept { Coding = [new Coding { System = new FhirUri(CapabilityStatementFacts.SecurityServiceSystem), Code = new Code("OAuth") }] }],
                        Description = new Markdown(CapabilityStatementFacts.SecurityDescription),
                    },
                    Interaction =
                    [
                        new CapabilityStatement.SystemInteractionComponent { Code = new Code("transaction") },
                        new CapabilityStatement.SystemInteractionComponent { Code = new Code("batch") },
                    ],
                    Operation = [new CapabilityStatement.OperationComponent { Name = new FhirString("process-message"), Definition = new Canonical(CapabilityStatementFacts.ProcessMessageDefinition) }],
                },
            ],
        };
    }
}
