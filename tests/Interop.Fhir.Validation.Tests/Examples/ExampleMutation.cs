namespace Interop.Fhir.Validation.Tests.Examples;

/// <summary>One rule broken in one valid example: the change, made on the parsed model, and the one error it must cause.</summary>
/// <param name="Name">What is broken, as the test case's name.</param>
/// <param name="Example">The example's file name, in the UK Core or the Update Record examples.</param>
/// <param name="UpdateRecord">Whether the example is an Update Record (STU3) one rather than a UK Core (R4) one.</param>
/// <param name="Profile">The profile to validate against instead of the example's usual one, or null.</param>
/// <param name="Apply">Breaks the rule on the parsed resource.</param>
/// <param name="Code">The code of the error the change must cause.</param>
/// <param name="Expression">Where the error must be.</param>
internal sealed record ExampleMutation(string Name, string Example, bool UpdateRecord, string? Profile, Action<Base> Apply, string Code, string Expression)
{
    /// <summary>The code and expression as one comparable string.</summary>
    public string Key => $"{Code}@{Expression}";
}
