using System.Text.RegularExpressions;

namespace Interop.Mappings.Tests.Stu3ToR4;

/// <summary>An issue the examples are known to produce: its code, a pattern for where, and why it is right.</summary>
/// <param name="Code">The stable code (a conversion CNVxxx or validation VALxxx).</param>
/// <param name="Where">A regular expression the issue's path must match in full.</param>
/// <param name="Reason">Why the issue is expected: what in the example or the versions causes it.</param>
internal sealed record ExpectedIssue(string Code, string Where, string Reason)
{
    /// <summary>Whether the issue with <paramref name="code"/> at <paramref name="path"/> is this one.</summary>
    public bool Matches(string code, string path) =>
        code == Code && Regex.IsMatch(path, $"^(?:{Where})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
