using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Interop.Fhir.Navigation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Tests.Packages;

public sealed class PackageLoadingTests : IDisposable
{
    private const string Url = "http://example.org/fhir/ValueSet/colours";
    private readonly string _folder = Directory.CreateTempSubdirectory("val-packages-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Find_TwoVersions_LatestWithoutVersionAndExactWithIt()
    {
        Write("a/vs-1.json", ValueSet("1.10.0", "later"));
        Write("b/vs-2.json", ValueSet("1.9.0", "earlier"));

        var store = Load(_folder);

        store.FindResource("ValueSet", Url).Text("name").Should().Be("later");
        store.FindResource("ValueSet", Url + "|1.9.0").Text("name").Should().Be("earlier");
        store.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Load_SameUrlAndVersionTwice_KeepsTheFirstAndReportsTheDuplicate()
    {
        Write("first/vs.json", ValueSet("1.0.0", "first"));
        Write("second/vs.xml", ValueSetXml("1.0.0", "second"));

        var store = Load(Path.Combine(_folder, "first"), Path.Combine(_folder, "second"));

        store.FindResource("ValueSet", Url).Text("name").Should().Be("first");
        store.Issues.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.DuplicateCanonical);
    }

    [Fact]
    public void Load_XmlResourceFile_IsIndexedAndParsed()
    {
        Write("vs.xml", ValueSetXml("2.0.0", "xml"));

        var store = Load(Path.Combine(_folder, "vs.xml"));

        store.FindResource("ValueSet", Url + "|2.0.0").Text("name").Should().Be("xml");
    }

    [Fact]
    public void Load_DefinitionForStu3InR4Store_IsSkippedWithAnIssue()
    {
        Write("sd.json", """{"resourceType":"StructureDefinition","url":"http://example.org/sd","version":"1","fhirVersion":"3.0.2"}""");

        var store = Load(_folder);

        store.FindStructureDefinition("http://example.org/sd").Should().BeNull();
        store.Issues.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.PackageWrongFhirVersion);
    }

    [Fact]
    public void Load_PackageDeclaringAnotherFhirVersion_IsSkippedWithAnIssue()
    {
        Write("package/package.json", """{"name":"x","version":"1.0.0","fhirVersions":["3.0.2"]}""");
        Write("package/vs.json", ValueSet("1.0.0", "stu3"));

        var store = Load(_folder);

        store.Count.Should().Be(0);
        store.Issues.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.PackageWrongFhirVersion);
    }

    [Fact]
    public void Load_MalformedFile_IsSkippedWithAnIssueAndTheRestLoads()
    {
        Write("broken.json", """{"resourceType":"ValueSet","url":""");
        Write("vs.json", ValueSet("1.0.0", "fine"));

        var store = Load(_folder);

        store.FindResource("ValueSet", Url).Should().NotBeNull();
        store.Issues.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.PackageFileUnreadable);
    }

    [Fact]
    public void FindResource_ResourceThatDoesNotParse_ReturnsNullAndReportsIt()
    {
        // The header (read when loading) is whole; what follows it, read only when the resource is parsed, is not JSON.
        Write("vs.json", """{"resourceType":"ValueSet","url":"http://example.org/fhir/ValueSet/colours","version":"1", oops""");
        var store = Load(_folder);
        store.Issues.Should().BeEmpty();

        var found = store.FindResource("ValueSet", Url);

        found.Should().BeNull();
        store.Issues.Should().ContainSingle().Which.Should().Match<PackageIssue>(i =>
            i.Code == ValidationCodes.PackageFileUnreadable && i.Severity == Interop.Fhir.Serialization.IssueSeverity.Error);
    }

    [Fact]
    public void Load_NpmTarball_IndexesItsResources()
    {
        var tarball = Path.Combine(_folder, "colours-1.0.0.tgz");
        using (var gzip = new GZipStream(File.Create(tarball), CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            AddEntry(tar, "package/package.json", """{"name":"colours","version":"1.0.0","fhirVersions":["4.0.1"]}""");
            AddEntry(tar, "package/ValueSet-colours.json", ValueSet("1.0.0", "packed"));
            AddEntry(tar, "package/other/readme.txt", "not a resource");
        }

        var store = Load(tarball);

        store.FindResource("ValueSet", Url + "|1.0.0").Text("name").Should().Be("packed");
        store.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Load_MissingSource_IsReportedAndTheLoadGoesOn()
    {
        var store = Load(Path.Combine(_folder, "nothing-here"));

        store.Issues.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.PackageFileUnreadable);
    }

    private static ConformanceStore Load(params string[] sources) => ConformanceStore.Load(Interop.Fhir.R4.FhirModel.Instance, sources);

    private static string ValueSet(string version, string name) =>
        $$"""{"resourceType":"ValueSet","url":"{{Url}}","version":"{{version}}","name":"{{name}}","status":"active"}""";

    private static string ValueSetXml(string version, string name) =>
        $"""<ValueSet xmlns="http://hl7.org/fhir"><url value="{Url}"/><version value="{version}"/><name value="{name}"/><status value="active"/></ValueSet>""";

    private static void AddEntry(TarWriter tar, string name, string content)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) };
        tar.WriteEntry(entry);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
