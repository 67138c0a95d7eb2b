using Interop.Engine.Messages;
using Interop.Fhir;
using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;
using Interop.Fhir.Validation.Validation;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Validation;

/// <summary>
/// One validator per FHIR version, built on first use (loading the packages takes a second or so, which a host that never
/// sees that version should not pay) and shared by every message: a validator is thread-safe.
/// </summary>
internal sealed class MessageValidators
{
    private readonly ValidationOptions _options;
    private readonly Dictionary<string, Lazy<FhirValidator>> _validators;

    public MessageValidators(IOptions<ValidationOptions> options)
    {
        _options = options.Value;
        _validators = ValidationPackages.Versions.ToDictionary(v => v, v => new Lazy<FhirValidator>(() => Build(v)), StringComparer.Ordinal);
    }

    /// <summary>Whether messages are validated at all.</summary>
    public bool Enabled => _options.Enabled;

    /// <summary>The profiles a message of <paramref name="eventCode"/> in <paramref name="fhirVersion"/> is validated against besides its resources' own.</summary>
    public IReadOnlyList<string> ProfilesFor(string fhirVersion, string? eventCode) =>
        eventCode is not null && _options.For(fhirVersion).Profiles.TryGetValue(eventCode, out var profiles) ? profiles : [];

    /// <summary>Validates <paramref name="bundle"/>, a <paramref name="fhirVersion"/> message, against the profiles of its event and its resources' own.</summary>
    public ValidationResult Validate(string fhirVersion, Base bundle, string? eventCode) =>
        _validators[fhirVersion].Value.Validate(bundle, ProfilesFor(fhirVersion, eventCode));

    private FhirValidator Build(string fhirVersion)
    {
        var store = ConformanceStore.Load(FhirVersions.Model(fhirVersion), ValidationPackages.Sources(_options, fhirVersion));
        return new FhirValidator(store, new ValidatorOptions
        {
            Terminology = TerminologyServiceFactory.Create(store),
            NhsNumberSeverity = _options.NhsNumberSeverity,
            OdsCodeSeverity = _options.OdsCodeSeverity,
            AllowedExtensionDomains = _options.AllowedExtensionDomains,
        });
    }
}
