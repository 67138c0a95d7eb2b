
using System.Text;
using Interop.Engine.Local;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>The sample messages in <c>fixtures/</c>, with small edits for tests that need a variant.</summary>
internal static class Fixtures
{
    /// <summary>The MessageHeader.id of the sample Update Record.</summary>
    public const string UpdateRecordHeaderId = "0b7e5c3a-2f4d-4c8e-9a1b-5d6e7f809102";

    /// <summary>The sample Update Record (ITK014M, STU3 XML) for patient 9449305552 from pharmacy FQW30.</summary>
    public static string UpdateRecordXml => File.ReadAllText(Path.Combine(
        RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests inside the repository."),
        "fixtures", "messages", "update-record", "pharmacy-first-9449305552.xml"));

    /// <summary>The sample with a fresh header id and Bundle identifier, so it is a new message.</summary>
    public static byte[] NewUpdateRecord(string? nhsNumber = null)
    {
        var text = UpdateRecordXml
            .Replace(UpdateRecordHeaderId, Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("6a1d2f0e-7c1b-4a55-9d61-3e0f1c2b9a01", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(nhsNumber is null ? text : text.Replace("9449305552", nhsNumber, StringComparison.Ordinal));
    }
}
