using System.Globalization;
using System.Text.Json;

namespace Interop.Cli.Load;

/// <summary>
/// Finds MessageHeader.id and Bundle.identifier.value in a FHIR JSON message with a forward-only reader that notes each
/// string's byte position, so a copy can be made by splicing new values in with every other byte left as it was.
/// </summary>
internal static class JsonFixtureIds
{
    private const string MessageHeader = "MessageHeader";

    /// <summary>True when both values were found in <paramref name="json"/>; otherwise <paramref name="error"/> says why not.</summary>
    public static bool TryFind(ReadOnlySpan<byte> json, out FixtureIds ids, out string? error)
    {
        ids = default;
        ByteSpan? bundleIdentifier = null;
        string? headerEntry = null;
        var entryIds = new Dictionary<string, ByteSpan>(StringComparer.Ordinal);

        // The path of the value being read: property names, and array positions as numbers.
        var path = new List<string>();
        var arrayPositions = new Stack<int>();
        string? property = null;
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Enter(path, arrayPositions, property);
                        arrayPositions.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        arrayPositions.Pop();
                        Leave(path, arrayPositions);
                        break;
                    default:
                        Enter(path, arrayPositions, property);
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            var span = new ByteSpan((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
                            if (path is ["identifier", "value"])
                            {
                                bundleIdentifier = span;
                            }
                            else if (path is ["entry", var entry, "resource", "id"])
                            {
                                entryIds.TryAdd(entry, span);
                            }
                            else if (path is ["entry", var headerAt, "resource", "resourceType"] && headerEntry is null && reader.ValueTextEquals(MessageHeader))
                            {
                                headerEntry = headerAt;
                            }
                        }

                        Leave(path, arrayPositions);
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            error = $"not JSON: {exception.Message}";
            return false;
        }

        if (headerEntry is null || !entryIds.TryGetValue(headerEntry, out var headerId))
        {
            error = "no MessageHeader.id found";
            return false;
        }

        if (bundleIdentifier is not { } identifier)
        {
            error = "no Bundle.identifier.value found";
            return false;
        }

        ids = new FixtureIds(headerId, identifier);
        error = null;
        return true;
    }

    private static void Enter(List<string> path, Stack<int> arrayPositions, string? property)
    {
        if (arrayPositions.Count == 0)
        {
            return;
        }

        var position = arrayPositions.Pop();
        arrayPositions.Push(position < 0 ? position : position + 1);
        path.Add(position < 0 ? property ?? "" : position.ToString(CultureInfo.InvariantCulture));
    }

    private static void Leave(List<string> path, Stack<int> arrayPositions)
    {
        if (arrayPositions.Count > 0)
        {
            path.RemoveAt(path.Count - 1);
        }
    }
}
