using Interop.Fhir.R4;

namespace Interop.Fhir.Tests.Model;

/// <summary>An element's id, extensions and modifier extensions share one object made on first use.</summary>
public class ElementRareMembersTests
{
    [Fact]
    public void RareMembers_EachSetAndCleared_LeavesTheOthers()
    {
        var dosage = new Dosage { Id = "d1" };
        dosage.Extension.Add(new Extension { Url = "http://example.org/a" });
        dosage.ModifierExtension.Add(new Extension { Url = "http://example.org/m" });

        dosage.Id = null;

        Assert.Null(dosage.Id);
        Assert.Equal("http://example.org/a", Assert.Single(dosage.Extension).Url);
        Assert.Equal("http://example.org/m", Assert.Single(dosage.ModifierExtension).Url);

        dosage.Extension = [];
        dosage.Id = "d2";

        Assert.Equal("d2", dosage.Id);
        Assert.Empty(dosage.Extension);
        Assert.Single(dosage.ModifierExtension);
    }

    [Fact]
    public void RareMembers_NoneStored_MappingReadsNoList()
    {
        var coding = new Coding { Id = null };
        var extension = coding.ClassMapping.PropertyArray.Single(p => p.Name == "extension");

        Assert.Null(extension.Get(coding));
        Assert.Null(coding.Id);
    }

    [Fact]
    public void NewPrimitive_NothingRareStored_IsFiveWords()
    {
        Assert.True(Environment.Is64BitProcess);
        _ = new FhirString();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var primitive = new FhirString { Id = null };

        // Object header and type (2 words), the rare members (1) and the lexical value (2): one word less than an id
        // and an extension list of their own would take.
        Assert.Equal(40, GC.GetAllocatedBytesForCurrentThread() - before);
        GC.KeepAlive(primitive);
    }
}
