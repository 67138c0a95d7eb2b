using System.Diagnostics;
using System.Text;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.Tests.Serialization.Xml;

/// <summary>Hostile sizes: deep nesting must not overflow the stack, and a 100 MB bundle must parse.</summary>
public sealed class FhirXmlLimitsTests
{
    private const int DeepNesting = 10_000;

    [Fact]
    public void Parse_10000DeepNesting_StopsAtTheDepthLimitWithFatalXml108()
    {
        var result = new FhirXmlParser(FhirModel.Instance).Parse(NestedExtensions(DeepNesting));

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlTooDeep);
        issue.Severity.Should().Be(IssueSeverity.Fatal);
        result.ResourceAs<Patient>()!.Extension.Should().ContainSingle();
    }

    [Fact]
    public void Parse_10000DeepNestingWithoutLimitOnASmallStack_StopsBeforeTheStackOverflows()
    {
        var xml = NestedExtensions(DeepNesting);
        ParseResult? result = null;

        // A 256 KiB stack cannot hold 10,000 levels of recursion, so only the stack check can stop it.
        RunOnSmallStack(() => result = new FhirXmlParser(FhirModel.Instance, new FhirParserOptions { MaxDepth = int.MaxValue }).Parse(xml));

        result!.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlTooDeep);
    }

    [Fact]
    public void Parse_NestingWithinTheLimit_IsRead()
    {
        var result = new FhirXmlParser(FhirModel.Instance).Parse(NestedExtensions(150));

        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Serialize_10000DeepModelOnASmallStack_ThrowsInsteadOfOverflowing()
    {
        var patient = new Patient();
        var level = new Extension { Url = "u" };
        patient.Extension.Add(level);
        for (var i = 0; i < DeepNesting; i++)
        {
            var next = new Extension { Url = "u" };
            level.Extension.Add(next);
            level = next;
        }

        level.Value = new FhirString("leaf");
        Exception? thrown = null;

        RunOnSmallStack(() => thrown = Record.Exception(() => new FhirXmlSerializer().Serialize(patient)));

        thrown.Should().BeOfType<InsufficientExecutionStackException>();
    }

    [Fact]
    public void Parse_100MbBundle_ReadsEveryEntry()
    {
        var path = Path.GetTempFileName();
        try
        {
            var entries = WriteLargeBundle(path, 100L * 1024 * 1024);
            var watch = Stopwatch.StartNew();
            ParseResult result;
            using (var stream = File.OpenRead(path))
            {
                result = new FhirXmlParser(FhirModel.Instance).Parse(stream);
            }

            watch.Stop();
            result.Issues.Should().BeEmpty();
            var bundle = result.ResourceAs<Bundle>()!;
            bundle.Entry.Should().HaveCount(entries);
            bundle.Entry[^1].Resource!.Id!.RawValue.Should().Be($"p{entries - 1}");
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1), "a 100 MB bundle should take seconds, not minutes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string NestedExtensions(int depth)
    {
        var xml = new StringBuilder("<Patient xmlns=\"http://hl7.org/fhir\">");
        xml.Insert(xml.Length, "<extension url=\"u\">", depth).Append("<valueString value=\"leaf\"/>");
        xml.Insert(xml.Length, "</extension>", depth).Append("</Patient>");
        return xml.ToString();
    }

    /// <summary>Writes a bundle of at least <paramref name="size"/> bytes to a file, so the test holds only the parsed model.</summary>
    private static int WriteLargeBundle(string path, long size)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/>");
        var entries = 0;
        for (long written = 0; written < size; entries++)
        {
            var entry = $"<entry><fullUrl value=\"urn:uuid:{Guid.NewGuid()}\"/><resource><Patient><id value=\"p{entries}\"/>"
                + "<meta><lastUpdated value=\"2024-03-01T10:15:30+00:00\"/></meta><text><status value=\"generated\"/>"
                + $"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Patient {entries}</p></div></text>"
                + "<identifier><system value=\"https://fhir.nhs.uk/Id/nhs-number\"/><value value=\"9000000009\"/></identifier>"
                + "<active value=\"true\"/><name><use value=\"official\"/><family value=\"Example\"/><given value=\"Jane\"/>"
                + "<given value=\"Anne\"/></name><gender value=\"female\"/><birthDate value=\"1970-03-01\"/><address>"
                + "<line value=\"1 High Street\"/><city value=\"Leeds\"/><postalCode value=\"LS1 1AA\"/></address></Patient></resource></entry>\n";
            writer.Write(entry);
            written += entry.Length;
        }

        writer.Write("</Bundle>");
        return entries;
    }

    private static void RunOnSmallStack(Action action)
    {
        var thread = new Thread(() => action(), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
    }
}
