namespace Interop.Fhir.Serialization.Json;

/// <summary>Unwinds a JSON parse after a fatal issue has been recorded; never escapes the parser.</summary>
internal sealed class JsonParseAbortedException : Exception
{
}
