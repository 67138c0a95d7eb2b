using Interop.Fhir.FhirPath;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Nhs;
using Interop.Fhir.Validation.Terminology;

namespace Interop.Fhir.Validation.Validation;

/// <summary>The rules on one value: invariants, primitive values, bindings and the NHS identifiers.</summary>
internal sealed partial class ValidationRun
{
    // FHIR caps every string at 1 MB (1,048,576 characters), whatever a definition says.
    private const int MaxStringLength = 1024 * 1024;

    private FhirPathEnvironment? _environment;

    private void CheckConstraints(Base element, ElementInfo definition, string location, Base resource)
    {
        foreach (var constraint in definition.Constraints)
        {
            if (constraint.Expression is not { } expression)
            {
                continue;
            }

            if (ElementContentRule.Is(expression))
            {
                if (!ElementContentRule.Holds(element))
                {
                    ReportBroken(constraint, location);
                }

                continue;
            }

            var environment = EnvironmentFor(resource);
            try
            {
                // Only false breaks an invariant; an empty answer means the rule has nothing to say about this element.
                if (validator.FhirPath.Compile(expression).Evaluate(element, environment) is [false])
                {
                    ReportBroken(constraint, location);
                }
            }
            catch (FhirPathException e)
            {
                Report(IssueSeverity.Warning, IssueType.Processing, ValidationCodes.InvariantError,
                    $"{constraint.Key} could not be evaluated ({e.Code}).", location);
            }
        }
    }

    private void ReportBroken(ConstraintInfo constraint, string location) =>
        Report(constraint.Severity == "error" ? IssueSeverity.Error : IssueSeverity.Warning, IssueType.Invariant,
            ValidationCodes.InvariantFailed, $"{constraint.Key}: {constraint.Human}", location);

    // One environment per resource: %resource is the resource an element is in, %rootResource its container when it is
    // contained (else itself), and references resolve within the whole Bundle validated.
    private FhirPathEnvironment EnvironmentFor(Base resource)
    {
        if (_environment?.Resource != resource)
        {
            _environment = new FhirPathEnvironment
            {
                Resource = resource,
                RootResource = _rootResources.GetValueOrDefault(resource, resource),
                Bundle = root,
                Terminology = validator.Options.Terminology,
            };
        }

        return _environment;
    }

    private void CheckPrimitive(Base element, IPrimitive primitive, ElementInfo definition, string location)
    {
        if (primitive.RawValue is not { } text)
        {
            return;
        }

        if (!element.ClassMapping.IsValidValue(text))
        {
            Report(IssueSeverity.Error, IssueType.Value, ValidationCodes.InvalidValue, $"The value is not a valid {element.ClassMapping.Name}.", location);
        }

        if (Math.Min(definition.MaxLength ?? MaxStringLength, MaxStringLength) is var maxLength && text.Length > maxLength)
        {
            Report(IssueSeverity.Error, IssueType.Value, ValidationCodes.TooLong, $"{definition.Path} allows at most {maxLength} characters.", location);
        }

        if (definition.MinValue is { } min && ValueBounds.Compare(text, min) < 0)
        {
            Report(IssueSeverity.Error, IssueType.Value, ValidationCodes.OutOfRange, $"{definition.Path} is below its minimum value.", location);
        }

        if (definition.MaxValue is { } max && ValueBounds.Compare(text, max) > 0)
        {
            Report(IssueSeverity.Error, IssueType.Value, ValidationCodes.OutOfRange, $"{definition.Path} is above its maximum value.", location);
        }

        CheckExampleUrl(element, text, location);
    }

    private void CheckBinding(Base element, BindingInfo? binding, string location)
    {
        if (binding is not { ValueSet: { } valueSet } || binding.Strength is not ("required" or "extensible")
            || validator.Options.Terminology is not { } terminology)
        {
            return;
        }

        var codes = CodedValues.Of(element).ToList();
        if (codes.Count == 0)
        {
            return;
        }

        var answers = codes.Select(c => terminology.CheckCode(valueSet, c.System, c.Code)).ToList();
        if (answers.Contains(CodeCheck.Member))
        {
            return;
        }

        if (answers.Contains(CodeCheck.NotMember))
        {
            var required = binding.Strength == "required";
            Report(required ? IssueSeverity.Error : IssueSeverity.Warning, IssueType.CodeInvalid,
                required ? ValidationCodes.CodeNotInRequiredValueSet : ValidationCodes.CodeNotInExtensibleValueSet,
                $"The code is not in the value set {valueSet} ({binding.Strength} binding).", location);
        }
        else if (answers.Contains(CodeCheck.UnknownValueSet))
        {
            Report(IssueSeverity.Warning, IssueType.NotFound, ValidationCodes.UnknownValueSet, $"The value set {valueSet} is not in any loaded package.", location);
        }
        else
        {
            Report(IssueSeverity.Information, IssueType.Informational, ValidationCodes.ValueSetNotExpandable,
                $"The value set {valueSet} cannot be expanded here; the code was not checked.", location);
        }
    }

    // A Coding must name a code its system defines, with a display that is that code's: a reader trusts the display, a
    // system the code, and the two must say the same thing. Only code systems loaded here in full are checked.
    private void CheckCoding(Base element, string location)
    {
        if (element.ClassMapping.Name != "Coding" || validator.Options.Terminology is not { } terminology
            || element.Text("system") is not { } system || element.Text("code") is not { } code)
        {
            return;
        }

        // A system is a code system's absolute URI (urn:oid: and urn:uuid: included); a value set's URL is a common slip.
        if (!Uri.TryCreate(system, UriKind.Absolute, out _))
        {
            Report(IssueSeverity.Error, IssueType.CodeInvalid, ValidationCodes.InvalidCodeSystem, "Coding.system is not an absolute URI.", location + ".system");
        }
        else if (validator.Resolver.FindResource("CodeSystem", system) is null && validator.Resolver.FindResource("ValueSet", system) is not null)
        {
            Report(IssueSeverity.Error, IssueType.CodeInvalid, ValidationCodes.InvalidCodeSystem,
                "Coding.system names a value set, not a code system.", location + ".system");
        }
        else if (terminology.CheckCodeInSystem(system, code) == CodeSystemCheck.Unknown)
        {
            Report(IssueSeverity.Error, IssueType.CodeInvalid, ValidationCodes.UnknownCode, $"The code is not defined by {system}.", location + ".code");
        }
        else if (element.Text("display") is { } display && terminology.DisplaysOf(system, code) is [_, ..] names
            && !names.Any(name => SameDisplay(name, display)))
        {
            Report(IssueSeverity.Error, IssueType.CodeInvalid, ValidationCodes.WrongDisplay,
                $"The display is not one {system} gives the code.", location + ".display");
        }
    }

    // Displays compare as people read them: ignoring case and how whitespace is laid out.
    private static bool SameDisplay(string expected, string actual) =>
        string.Equals(string.Join(' ', expected.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', actual.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    // Attachment.size states how many bytes `data` holds; a receiver checking its copy against it must not be misled.
    private void CheckAttachment(Base element, string location)
    {
        if (element.ClassMapping.Name != "Attachment" || element.Text("data") is not { } data
            || !long.TryParse(element.Text("size"), System.Globalization.CultureInfo.InvariantCulture, out var size))
        {
            return;
        }

        var bytes = new byte[data.Length];
        if (Convert.TryFromBase64String(data, bytes, out var length) && length != size)
        {
            Report(IssueSeverity.Error, IssueType.Value, ValidationCodes.AttachmentSizeMismatch,
                $"Attachment.size says {size} bytes but data holds {length}.", location + ".size");
        }
    }

    private void CheckNhsIdentifier(Base element, string location)
    {
        if (element.ClassMapping.Name != "Identifier" || element.Text("value") is not { } value)
        {
            return;
        }

        var system = element.Text("system");
        if (system == NhsNumber.System && !NhsNumber.IsValid(value))
        {
            Report(validator.Options.NhsNumberSeverity, IssueType.BusinessRule, ValidationCodes.NhsNumberCheckDigit,
                "The NHS number is not ten digits with a valid Modulus 11 check digit.", location + ".value");
        }
        else if (OdsCode.IsOdsSystem(system) && !OdsCode.IsValid(value))
        {
            Report(validator.Options.OdsCodeSeverity, IssueType.BusinessRule, ValidationCodes.OdsCodeFormat,
                "The ODS code is not 3 to 6 upper-case letters and digits.", location + ".value");
        }
    }
}
