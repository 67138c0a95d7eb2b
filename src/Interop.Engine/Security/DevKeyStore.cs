using System.Security.Cryptography;

namespace Interop.Engine.Security;

/// <summary>
/// The local development signing key: one ES256 (P-256) key pair kept as a PKCS#8 PEM file in a git-ignored folder,
/// created on first use by whichever process (host or CLI) gets there first.
/// </summary>
public static class DevKeyStore
{
    /// <summary>The key file's name inside the dev-key folder.</summary>
    public const string FileName = "signing-key.pem";

    /// <summary>The dev-key folder relative to the repository root.</summary>
    public static readonly string RelativeDirectory = Path.Combine("data", "dev-keys");

    /// <summary>The lock file creators take turns on; it stays in the folder.</summary>
    public const string LockFileName = "signing-key.lock";

    // Creating a key takes milliseconds; 500 tries 20 ms apart wait out any creator that is still alive.
    private const int LockAttempts = 500;
    private static readonly TimeSpan LockRetryDelay = TimeSpan.FromMilliseconds(20);

    /// <summary>The dev-key folder of the repository holding <paramref name="startDirectory"/>, or null when it is not inside one.</summary>
    public static string? DefaultDirectory(string startDirectory) =>
        Local.RepositoryRoot.FindFrom(startDirectory) is { } root ? Path.Combine(root, RelativeDirectory) : null;

    /// <summary>Loads the key pair from <paramref name="directory"/>, creating the folder and the key when they do not exist yet.</summary>
    /// <exception cref="InvalidDataException">The key file exists but does not hold a P-256 private key.</exception>
    /// <exception cref="IOException">The folder cannot be written, or another process held the creation lock for too long.</exception>
    public static ECDsa LoadOrCreate(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            CreatePrivateDirectory(directory);

            // Creators take turns under a lock file, and whoever finds no key under the lock makes it; readers never
            // lock, because the key appears by an atomic rename and so is either absent or complete.
            using (AcquireCreationLock(Path.Combine(directory, LockFileName)))
            {
                if (!File.Exists(path))
                {
                    Create(directory, path);
                }
            }
        }

        return Load(path);
    }

    private static FileStream AcquireCreationLock(string lockPath)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // FileShare.None is an exclusive lock that other processes (and other opens in this one) cannot share.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < LockAttempts)
            {
                Thread.Sleep(LockRetryDelay);
            }
        }
    }

    private static void Create(string directory, string path)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var temporary = Path.Combine(directory, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            WritePrivateFile(temporary, key.ExportPkcs8PrivateKeyPem());
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static ECDsa Load(string path)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));

            // A public key imports too, but cannot sign; exporting the private part proves it is there.
            _ = key.ExportParameters(includePrivateParameters: true);
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidDataException($"{path} does not hold a PEM private key; delete it to create a new dev key.", exception);
        }

        if (key.KeySize != 256)
        {
            key.Dispose();
            throw new InvalidDataException($"{path} does not hold a P-256 key; delete it to create a new dev key.");
        }

        return key;
    }

    private static void CreatePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void WritePrivateFile(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        writer.Write(content);
    }
}
