using Interop.Engine.Local;

namespace Interop.Cli.Tests.Load;

/// <summary>Messages the load tool's tests copy.</summary>
internal static class LoadFixtures
{
    public const string HeaderId = "0b7e5c3a-2f4d-4c8e-9a1b-5d6e7f809102";
    public const string BundleIdentifier = "6a1d2f0e-7c1b-4a55-9d61-3e0f1c2b9a01";

    /// <summary>The repository's Update Record sample (XML): Bundle.id equals its identifier, and the header's fullUrl holds the header id.</summary>
    public static byte[] UpdateRecordXml() => File.ReadAllBytes(Path.Combine(
        RepositoryRoot.FindFrom(AppContext.BaseDirectory)!, "fixtures", "messages", "update-record", "pharmacy-first-9449305552.xml"));

    /// <summary>
    /// A JSON message whose header has <c>id</c> before <c>resourceType</c>, behind another entry, with identifiers
    /// elsewhere that are not the Bundle's.
    /// </summary>
    public const string MessageJson = """
        {
          "resourceType": "Bundle",
          "id": "b1",
          "meta": { "tag": [ { "code": "x", "identifier": { "value": "not-this" } } ] },
          "identifier": { "system": "https://tools.ietf.org/html/rfc4122", "value": "bundle-identifier-1" },
          "type": "message",
          "entry": [
            { "fullUrl": "urn:uuid:org-1", "resource": { "resourceType": "Organization", "id": "org-1", "identifier": [ { "value": "FQW30" } ] } },
            { "fullUrl": "urn:uuid:header-1", "resource": { "id": "header-1", "resourceType": "MessageHeader", "event": { "code": "ITK014M" } } }
          ]
        }
        """;

    /// <summary>An XML message whose only identifier is an entry's, not the Bundle's.</summary>
    public const string XmlWithoutBundleIdentifier = """
        <Bundle xmlns="http://hl7.org/fhir">
          <type value="message"/>
          <entry>
            <resource>
              <MessageHeader>
                <id value="h1"/>
              </MessageHeader>
            </resource>
          </entry>
          <entry>
            <resource>
              <Organization>
                <id value="o1"/>
                <identifier><value value="FQW30"/></identifier>
              </Organization>
            </resource>
          </entry>
        </Bundle>
        """;
}
