using Interop.Fhir.Stu3;
using Interop.Functions.Hosting;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Fhir;

/// <summary>Builds the STU3 CapabilityStatement served at <c>/fhir/STU3/metadata</c>: exactly what the host does today.</summary>
internal sealed class Stu3CapabilityStatementFactory(IOptions<InteropHostOptions> options, TimeProvider time)
{
    /// <summary>The FHIR version of this base.</summary>
    /// <remarks>
    /// The NHS STU3 specifications (ITK3, CareConnect, GP Connect) that STU3 senders build to declare 3.0.1;
    /// the model is generated from 3.0.2, a technical correction with the same wire format.
    /// </remarks>
    public const string FhirVersion = "3.0.1";

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
                Url = new FhirUri(CapabilityStatementFacts.BaseUrl(host, FhirPaths.Stu3)),
            },
            FhirVersion = new Id(FhirVersion),
            // The model keeps any extension it reads, while an unknown element is a parse issue.
            AcceptUnknown = new Code("extensions"),
            Format = [.. CapabilityStatementFacts.Formats.Select(f => new Code(f))],
            Rest =
            [
                new CapabilityStatement.RestComponent
                {
                    Mode = new Code("server"),
                    Documentation = new FhirString(CapabilityStatementFacts.RestDocumentation),
                    Security = new CapabilityStatement.SecurityComponent
                    {
                        Service = [new CodeableConcept { Coding = [new Coding { System = new FhirUri(CapabilityStatementFacts.SecurityServiceSystem), Code = new Code("OAuth") }] }],
                        Description = new FhirString(CapabilityStatementFacts.SecurityDescription),
                    },
                    Operation = [new CapabilityStatement.OperationComponent { Name = new FhirString("process-message"), Definition = new Reference { ReferenceElement = new FhirString(CapabilityStatementFacts.ProcessMessageDefinition) } }],
                },
            ],
        };
    }
}
