namespace Interop.Cli.Tokens;

/// <summary>What a dev token should say.</summary>
/// <param name="Client">The client id, written as both <c>client_id</c> and <c>sub</c>.</param>
/// <param name="Issuer">The <c>iss</c>.</param>
/// <param name="Audience">The <c>aud</c>.</param>
/// <param name="Lifetime">How long from now it is valid.</param>
internal sealed record DevTokenRequest(string Client, string Issuer, string Audience, TimeSpan Lifetime);
