using System.Text.Json;

namespace Interop.CodeGen;

/// <summary>Turns a package's StructureDefinitions into the types to generate.</summary>
internal sealed class ModelBuilder
{
    private const string ExplicitTypeName = "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name";

    // Members every generated class has; an element with one of these names would hide it.
    private static readonly HashSet<string> ReservedMembers = ["ClassMapping", "TypeMapping", "RawValue", "Lexical"];

    private readonly Dictionary<string, JsonElement> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _constraintTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GenType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GenType> _backbones = new(StringComparer.Ordinal);

    public static IReadOnlyList<GenType> Build(FhirPackage package)
    {
        var builder = new ModelBuilder();
        foreach (var sd in package.StructureDefinitions)
        {
            builder.Register(sd);
        }

        foreach (var name in builder._definitions.Keys.Order(StringComparer.Ordinal))
        {
            builder.BuildType(name);
        }

        return [.. builder._types.Values.OrderBy(t => t.FhirName, StringComparer.Ordinal)];
    }

    private void Register(JsonElement sd)
    {
        var kind = sd.GetProperty("kind").GetString();
        if (kind is not ("primitive-type" or "complex-type" or "resource"))
        {
            return;
        }

        var type = sd.GetProperty("type").GetString()!;
        if (Str(sd, "derivation") == "constraint")
        {
            _constraintTypes[sd.GetProperty("id").GetString()!] = type;
            return;
        }

        _definitions[type] = sd;
    }

    private GenType BuildType(string fhirName)
    {
        if (_types.TryGetValue(fhirName, out var done))
        {
            return done;
        }

        var sd = _definitions[fhirName];
        var kind = KindOf(sd);
        var baseName = Str(sd, "baseDefinition") is { } b ? b[(b.LastIndexOf('/') + 1)..] : null;
        var baseType = baseName is null ? null : BuildType(baseName);
        var elements = sd.GetProperty("snapshot").GetProperty("element").EnumerateArray().ToList();
        var className = Naming.ClassName(fhirName, kind);
        var valueElement = elements.FirstOrDefault(e => Path(e) == fhirName + ".value");
        var type = new GenType
        {
            FhirName = fhirName,
            ClassName = className,
            QualifiedName = className,
            Kind = kind,
            BaseClass = baseType?.ClassName,
            BaseFhirName = baseType?.FhirName,
            IsAbstract = sd.TryGetProperty("abstract", out var a) && a.GetBoolean(),
            ValuePattern = kind == "Primitive" ? Pattern(valueElement) : null,
            JsonKind = Naming.JsonKind(fhirName),
            ValueClrType = kind == "Primitive" ? Naming.ValueClrType(fhirName) : null,
            Summary = Str(sd, "description"),
        };
        _types[fhirName] = type;

        var inherited = InheritedNames(baseType);
        var usedNestedNames = new HashSet<string>(StringComparer.Ordinal);
        AddChildren(type, type, fhirName, elements, inherited, usedNestedNames);
        return type;
    }

    private void AddChildren(GenType root, GenType owner, string ownerPath, List<JsonElement> elements, HashSet<string> inherited, HashSet<string> usedNestedNames)
    {
        foreach (var element in elements.Where(e => Parent(Path(e)) == ownerPath))
        {
            var path = Path(element);
            var isChoice = path.EndsWith("[x]", StringComparison.Ordinal);
            var name = path[(path.LastIndexOf('.') + 1)..].Replace("[x]", "", StringComparison.Ordinal);
            if (inherited.Contains(name) || (owner.Kind == "Primitive" && name == "value"))
            {
                continue;
            }

            var propertyName = Naming.PropertyName(name, owner.ClassName);
            if (ReservedMembers.Contains(propertyName) || (owner.Kind == "Primitive" && propertyName == "Value"))
            {
                throw new InvalidOperationException($"{path} would hide a generated member.");
            }

            var representation = Representation(element);
            var isSystemString = representation == "Attribute";
            List<string> typeNames;
            if (Str(element, "contentReference") is { } reference)
            {
                typeNames = [reference[(reference.IndexOf('#') + 1)..]];
            }
            else if (elements.Any(e => Parent(Path(e)) == path))
            {
                var nested = BuildBackbone(root, element, path, elements, usedNestedNames);
                owner.Nested.Add(nested);
                typeNames = [path];
            }
            else
            {
                var codes = TypeCodes(element, path);
                isSystemString |= codes.Count == 1 && codes[0] == "System";
                typeNames = isSystemString ? [] : codes;

                // Narrative.div: its XML form is the XHTML element itself, as the xhtml type's value declares.
                representation = codes is ["xhtml"] ? "Xhtml" : representation;
            }

            var max = Str(element, "max") == "*" ? int.MaxValue : int.Parse(Str(element, "max")!, System.Globalization.CultureInfo.InvariantCulture);
            var (binding, valueSet) = Binding(element);
            var clrItem = isSystemString ? "string"
                : isChoice ? (typeNames.Any(t => _definitions.TryGetValue(t, out var d) && d.GetProperty("kind").GetString() == "resource") ? "Base" : "Element")
                : ClrTypeOf(typeNames[0]);
            owner.Properties.Add(new GenProperty(
                name,
                propertyName,
                element.GetProperty("min").GetInt32(),
                max,
                isChoice,
                element.TryGetProperty("isSummary", out var s) && s.GetBoolean(),
                element.TryGetProperty("isModifier", out var m) && m.GetBoolean(),
                representation,
                isSystemString,
                binding,
                valueSet,
                typeNames,
                clrItem,
                Str(element, "short")));
        }
    }

    private GenType BuildBackbone(GenType root, JsonElement element, string path, List<JsonElement> elements, HashSet<string> usedNestedNames)
    {
        var explicitName = element.TryGetProperty("extension", out var ext)
            ? ext.EnumerateArray().Where(x => Str(x, "url") == ExplicitTypeName).Select(x => Str(x, "valueString")).FirstOrDefault()
            : null;
        var baseName = Naming.Pascal(explicitName ?? path[(path.LastIndexOf('.') + 1)..].Replace("[x]", "", StringComparison.Ordinal)) + "Component";
        var className = baseName;
        for (var i = 2; !usedNestedNames.Add(className); i++)
        {
            className = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var baseType = BuildType(TypeCodes(element, path)[0]);
        var nested = new GenType
        {
            FhirName = path,
            ClassName = className,
            QualifiedName = root.ClassName + "." + className,
            Kind = "Backbone",
            BaseClass = baseType.ClassName,
            BaseFhirName = baseType.FhirName,
            Summary = Str(element, "short"),
        };
        _backbones[path] = nested;
        AddChildren(root, nested, path, elements, InheritedNames(baseType), usedNestedNames);
        return nested;
    }

    // Only the name is needed, not the built type: building it here would recurse (Element.extension is an
    // Extension, whose base is Element) and leave the base half-built when the derived type reads its elements.
    private string ClrTypeOf(string typeName) =>
        _definitions.TryGetValue(typeName, out var sd) ? Naming.ClassName(typeName, KindOf(sd))
        : _backbones.TryGetValue(typeName, out var nested) ? nested.QualifiedName
        : throw new InvalidOperationException($"Unknown type {typeName}");

    private List<string> TypeCodes(JsonElement element, string path)
    {
        var codes = new List<string>();
        foreach (var t in element.GetProperty("type").EnumerateArray())
        {
            var code = Str(t, "code");
            if (code is null || code.StartsWith("http://hl7.org/fhirpath/System.", StringComparison.Ordinal))
            {
                // System-typed: Resource.id is the FHIR id primitive; everything else (Element.id, Extension.url) a plain string.
                codes.Add(path.EndsWith(".id", StringComparison.Ordinal) && Representation(element) == "Element" ? "id" : "System");
                continue;
            }

            code = _constraintTypes.GetValueOrDefault(code, code);
            if (!_definitions.ContainsKey(code))
            {
                throw new InvalidOperationException($"{path}: type {code} has no definition.");
            }

            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    private HashSet<string> InheritedNames(GenType? baseType)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var t = baseType; t is not null; t = t.BaseFhirName is null ? null : _types[t.BaseFhirName])
        {
            names.UnionWith(t.Properties.Select(p => p.Name));
        }

        return names;
    }

    private static string KindOf(JsonElement sd) => sd.GetProperty("kind").GetString() switch
    {
        "primitive-type" => "Primitive",
        "resource" => "Resource",
        _ => "Complex",
    };

    private static string Representation(JsonElement element)
    {
        if (!element.TryGetProperty("representation", out var r))
        {
            return "Element";
        }

        var values = r.EnumerateArray().Select(v => v.GetString()).ToList();
        return values.Contains("xhtml") ? "Xhtml" : values.Contains("xmlAttr") ? "Attribute" : "Element";
    }

    private static (string Strength, string? ValueSet) Binding(JsonElement element)
    {
        if (!element.TryGetProperty("binding", out var b))
        {
            return ("None", null);
        }

        var strength = Naming.Pascal(Str(b, "strength") ?? "none");
        var valueSet = Str(b, "valueSet") ?? Str(b, "valueSetUri")
            ?? (b.TryGetProperty("valueSetReference", out var r) ? Str(r, "reference") : null);
        return (strength, valueSet);
    }

    private static string? Pattern(JsonElement valueElement)
    {
        if (valueElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var t in valueElement.GetProperty("type").EnumerateArray())
        {
            if (t.TryGetProperty("extension", out var exts))
            {
                foreach (var x in exts.EnumerateArray())
                {
                    if (Str(x, "url")!.EndsWith("regex", StringComparison.Ordinal))
                    {
                        return Str(x, "valueString");
                    }
                }
            }
        }

        return null;
    }

    private static string Path(JsonElement e) => e.GetProperty("path").GetString()!;

    private static string? Parent(string path) => path.LastIndexOf('.') is var i and > 0 ? path[..i] : null;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
