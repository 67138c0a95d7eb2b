using Interop.Engine.Security;
using Microsoft.IdentityModel.Tokens;

namespace Interop.Functions.Security;

/// <summary>Loads the trusted public keys from PEM text, PEM files, a JWKS file and the dev key, collecting every problem.</summary>
/// <param name="environment">Relative paths are resolved from its content root; without one (a bare service collection), from the current folder.</param>
internal sealed class SigningKeyLoader(IHostEnvironment? environment = null)
{
    private readonly string _contentRoot = environment?.ContentRootPath ?? Environment.CurrentDirectory;

    private const string Section = InteropSecurityOptions.SectionName;

    /// <summary>The keys the options name; problems are reported, never thrown, so start-up can list them all at once.</summary>
    public SigningKeySet Load(InteropSecurityOptions options)
    {
        var keys = new List<SecurityKey>();
        var errors = new List<string>();
        for (var i = 0; i < options.SigningKeys.Count; i++)
        {
            LoadConfiguredKey(options.SigningKeys[i], $"{Section}:{nameof(options.SigningKeys)}:{i}", keys, errors);
        }

        if (!string.IsNullOrWhiteSpace(options.JwksFile))
        {
            LoadJwks(Resolve(options.JwksFile), keys, errors);
        }

        if (options.UseDevKey)
        {
            LoadDevKey(options.DevKeyDirectory, keys, errors);
        }

        return new SigningKeySet(keys, errors);
    }

    /// <summary>The folder the dev key lives in: the configured one, else <c>data/dev-keys</c> of the repository holding the content root or the current folder.</summary>
    public string? DevKeyDirectory(string? configured) =>
        !string.IsNullOrWhiteSpace(configured)
            ? Resolve(configured)
            : DevKeyStore.DefaultDirectory(_contentRoot) ?? DevKeyStore.DefaultDirectory(Environment.CurrentDirectory);

    private void LoadConfiguredKey(SigningKeyOptions key, string where, List<SecurityKey> keys, List<string> errors)
    {
        var hasPem = !string.IsNullOrWhiteSpace(key.Pem);
        var hasPath = !string.IsNullOrWhiteSpace(key.Path);
        if (hasPem == hasPath)
        {
            errors.Add($"{where} must have exactly one of {nameof(key.Pem)} and {nameof(key.Path)}.");
            return;
        }

        string pem;
        if (hasPem)
        {
            pem = key.Pem!;
        }
        else if (!TryRead(Resolve(key.Path!), where, errors, out pem))
        {
            return;
        }

        if (PemSigningKeys.TryCreate(pem, key.KeyId, out var error) is { } created)
        {
            keys.Add(created);
        }
        else
        {
            errors.Add($"{where} {error}.");
        }
    }

    private static void LoadJwks(string path, List<SecurityKey> keys, List<string> errors)
    {
        const string Where = $"{Section}:{nameof(InteropSecurityOptions.JwksFile)}";
        if (!TryRead(path, Where, errors, out var json))
        {
            return;
        }

        IList<SecurityKey> found;
        try
        {
            found = new JsonWebKeySet(json).GetSigningKeys();
        }
        catch (ArgumentException exception)
        {
            errors.Add($"{Where} ({path}) is not a JSON Web Key Set: {exception.Message}");
            return;
        }

        if (found.Count == 0)
        {
            errors.Add($"{Where} ({path}) holds no usable RSA or EC signing key.");
            return;
        }

        keys.AddRange(found);
    }

    private void LoadDevKey(string? configuredDirectory, List<SecurityKey> keys, List<string> errors)
    {
        const string Where = $"{Section}:{nameof(InteropSecurityOptions.UseDevKey)}";
        if (DevKeyDirectory(configuredDirectory) is not { } directory)
        {
            errors.Add($"{Where} is true but the host is not inside the repository; set {Section}:{nameof(InteropSecurityOptions.DevKeyDirectory)}.");
            return;
        }

        try
        {
            using var keyPair = DevKeyStore.LoadOrCreate(directory);
            keys.Add(PemSigningKeys.FromEcdsaKeyPair(keyPair));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            errors.Add($"{Where}: the dev key in {directory} cannot be used: {exception.Message}");
        }
    }

    private static bool TryRead(string path, string where, List<string> errors, out string text)
    {
        try
        {
            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{where}: {path} cannot be read: {exception.Message}");
            text = "";
            return false;
        }
    }

    private string Resolve(string path) => Path.GetFullPath(path, _contentRoot);
}
