using System.Security.Cryptography;
using Interop.Engine.Security;

namespace Interop.Cli.Tests.Tokens;

public sealed class DevKeyStoreTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LoadOrCreate_NoFolderYet_CreatesP256KeyOnlyOwnerCanRead()
    {
        var directory = Path.Combine(_folder.Path, "data", "dev-keys");

        using var key = DevKeyStore.LoadOrCreate(directory);

        key.KeySize.Should().Be(256);
        var file = Path.Combine(directory, DevKeyStore.FileName);
        File.Exists(file).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void LoadOrCreate_Twice_ReturnsTheSameKey()
    {
        using var first = DevKeyStore.LoadOrCreate(_folder.Path);
        using var second = DevKeyStore.LoadOrCreate(_folder.Path);

        PublicKey(second).Should().Equal(PublicKey(first));
    }

    [Fact]
    public async Task LoadOrCreate_ConcurrentFirstRuns_AllGetOneKeyAndLeaveNoTemporaryFiles()
    {
        const int Rounds = 20;
        const int Racers = 8;
        for (var round = 0; round < Rounds; round++)
        {
            var directory = Path.Combine(_folder.Path, "round-" + round);
            using var start = new Barrier(Racers);
            // Each racer gets its own thread: blocking pool threads on the barrier would wait for the pool to grow.
            var racers = Enumerable.Range(0, Racers).Select(_ => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    using var key = DevKeyStore.LoadOrCreate(directory);
                    return PublicKey(key);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default));

            var keys = await Task.WhenAll(racers);

            keys.Select(Convert.ToBase64String).Distinct().Should().ContainSingle($"round {round} must end with one key");
            Directory.GetFiles(directory).Select(Path.GetFileName).Should().BeEquivalentTo([DevKeyStore.FileName, DevKeyStore.LockFileName]);
        }
    }

    [Fact]
    public void LoadOrCreate_FileThatIsNotAKey_ThrowsInvalidData()
    {
        _folder.Write(DevKeyStore.FileName, "not a key");

        var load = () => DevKeyStore.LoadOrCreate(_folder.Path);

        load.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void LoadOrCreate_PublicKeyOnly_ThrowsInvalidData()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _folder.Write(DevKeyStore.FileName, other.ExportSubjectPublicKeyInfoPem());

        var load = () => DevKeyStore.LoadOrCreate(_folder.Path);

        load.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void DefaultDirectory_InsideRepository_IsDataDevKeysAtItsRoot()
    {
        _folder.Write("Interop.sln", "");
        var nested = Path.Combine(_folder.Path, "src", "Interop.Cli");
        Directory.CreateDirectory(nested);

        DevKeyStore.DefaultDirectory(nested).Should().Be(Path.Combine(_folder.Path, "data", "dev-keys"));
    }

    [Fact]
    public void DefaultDirectory_OutsideRepository_IsNull()
    {
        DevKeyStore.DefaultDirectory(_folder.Path).Should().BeNull();
    }

    private static byte[] PublicKey(ECDsa key) => key.ExportSubjectPublicKeyInfo();
}
