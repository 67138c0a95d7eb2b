using System.Buffers;
using System.Text.Json;
using System.Xml;

namespace Interop.Fhir.Validation.Packages;

/// <summary>
/// Reads the resource type, url, version and fhirVersion of a resource from its top-level elements, skipping the rest
/// and stopping once it has them, so a package of thousands of resources is indexed without building any of them.
/// </summary>
internal static class ResourceHeaderReader
{
    // Most headers are in the first few kilobytes; a JSON resource whose header goes further is read whole.
    private const int JsonPrefixLength = 64 * 1024;

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The header of <paramref name="file"/>; null when it holds no FHIR resource.</summary>
    /// <exception cref="JsonException">Malformed JSON.</exception>
    /// <exception cref="XmlException">Malformed XML.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ResourceHeader? Read(PackageFile file, Func<string, bool> hasUrl)
    {
        using var stream = file.Open();
        if (file.IsXml)
        {
            return ReadXml(stream, hasUrl);
        }

        // Pooled buffers: reading thousands of files must not churn the large object heap.
        var length = (int)stream.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(length, JsonPrefixLength));
        try
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(0, Math.Min(length, JsonPrefixLength)), Math.Min(length, JsonPrefixLength), throwOnEndOfStream: false);
            var header = ReadJson(buffer.AsSpan(0, read), isFinalBlock: read >= length, hasUrl, out var complete);
            if (complete || read >= length)
            {
                return header;
            }

            var whole = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                buffer.AsSpan(0, read).CopyTo(whole);
                read += stream.ReadAtLeast(whole.AsSpan(read, length - read), length - read, throwOnEndOfStream: false);
                return ReadJson(whole.AsSpan(0, read), isFinalBlock: true, hasUrl, out _);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(whole);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ResourceHeader? ReadJson(ReadOnlySpan<byte> utf8, bool isFinalBlock, Func<string, bool> hasUrl, out bool complete)
    {
        // A byte order mark may come first (some core STU3 files have one).
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8, isFinalBlock, new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip }));
        var builder = new Builder(hasUrl);
        complete = false;
        if (!reader.Read())
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            complete = true;
            return null;
        }

        while (!builder.IsComplete)
        {
            if (!reader.Read())
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                break;
            }

            var name = reader.GetString();
            if (!reader.Read())
            {
                return null;
            }

            if (reader.TokenType == JsonTokenType.String)
            {
                builder.Add(name, reader.GetString());
            }
            else if (!reader.TrySkip())
            {
                return null;
            }
        }

        complete = true;
        return builder.Build();
    }

    private static ResourceHeader? ReadXml(Stream utf8, Func<string, bool> hasUrl)
    {
        using var reader = XmlReader.Create(utf8, XmlSettings);
        if (reader.MoveToContent() != XmlNodeType.Element || reader.NamespaceURI != "http://hl7.org/fhir")
        {
            return null;
        }

        var builder = new Builder(hasUrl);
        builder.Add("resourceType", reader.LocalName);
        if (reader.IsEmptyElement)
        {
            return builder.Build();
        }

        reader.Read();
        while (!builder.IsComplete && reader.NodeType == XmlNodeType.Element)
        {
            builder.Add(reader.LocalName, reader.GetAttribute("value"));
            reader.Skip();
        }

        return builder.Build();
    }

    // Collects the header's elements in whatever order they come and knows when nothing more is wanted.
    private sealed class Builder(Func<string, bool> hasUrl)
    {
        private string? _type, _url, _version, _fhirVersion;
        private bool _canonical;

        public bool IsComplete => _type is not null
            && (!_canonical || (_url is not null && _version is not null && (_fhirVersion is not null || _type != "StructureDefinition")));

        public void Add(string? name, string? value)
        {
            switch (name)
            {
                case "resourceType":
                    _type = value;
                    _canonical = value is not null && hasUrl(value);
                    break;
                case "url": _url = value; break;
                case "version": _version = value; break;
                case "fhirVersion": _fhirVersion = value; break;
            }
        }

        public ResourceHeader? Build() => _type is null ? null : new ResourceHeader(_type, _canonical ? _url : null, _version, _fhirVersion);
    }
}
