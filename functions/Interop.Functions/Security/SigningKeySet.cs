using Microsoft.IdentityModel.Tokens;

namespace Interop.Functions.Security;

/// <summary>The public keys the host trusts, and what was wrong with the configured ones.</summary>
/// <param name="Keys">The usable keys.</param>
/// <param name="Errors">One message per unusable key, naming its configuration key; empty when all loaded.</param>
internal sealed record SigningKeySet(IReadOnlyList<SecurityKey> Keys, IReadOnlyList<string> Errors);
