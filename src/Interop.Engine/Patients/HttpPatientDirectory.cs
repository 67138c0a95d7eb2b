using System.Net;
using Interop.Fhir;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization.Json;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Patients;

/// <summary>A PDS-style patient directory over FHIR R4: the registered practice from <c>generalPractitioner</c>, the pharmacy from UK Core's extension.</summary>
internal sealed class HttpPatientDirectory(HttpClient http, IOptions<PatientDirectoryOptions> options) : IPatientDirectory
{
    /// <summary>The name of the HttpClient the directory uses.</summary>
    public const string HttpClientName = "patient-directory";

    private const string NominatedPharmacy = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NominatedPharmacy";

    private static readonly FhirJsonParser Parser = new(Interop.Fhir.R4.FhirModel.Instance);

    public async Task<PatientDirectoryEntry?> FindAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.BaseUrl ?? throw new InvalidOperationException("Interop:PatientDirectory:BaseUrl is not set.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{baseUrl.AbsoluteUri.TrimEnd('/')}/Patient/{Uri.EscapeDataString(nhsNumber)}"));
        request.Headers.Accept.ParseAdd("application/fhir+json");
        using var response = await http.SendAsync(request, timeout.Token);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        var patient = Parser.Parse(body.AsMemory()).Resource;
        if (patient?.TypeName() != "Patient")
        {
            throw new InvalidDataException("The patient directory did not answer with a Patient.");
        }

        return new PatientDirectoryEntry(
            OdsOf(patient.Child("generalPractitioner")),
            OdsOf(patient.Extensions(NominatedPharmacy).FirstOrDefault().Child("value")));
    }

    private static string? OdsOf(Base? reference) => reference.Child("identifier").Text("value")?.Trim();
}
