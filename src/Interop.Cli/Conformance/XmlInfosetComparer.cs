using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Interop.Cli.Conformance;

/// <summary>
/// Compares two XML documents as infosets: element names and namespaces, attributes as a set by
/// resolved name, and text. Namespace declarations, prefixes, comments, processing instructions and
/// whitespace-only text between FHIR elements do not count.
/// </summary>
internal static class XmlInfosetComparer
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    // A hint for schema validators that the FHIR model has no place for, so no round trip can keep it.
    private static readonly XName SchemaLocation = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "schemaLocation";

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The first difference between two XML documents, or null when their infosets are equal.</summary>
    /// <param name="expected">The document read.</param>
    /// <param name="actual">The document written.</param>
    /// <param name="inFhirOrder">Whether to compare the expected FHIR elements as if they were in the order the written
    /// document has them (for input whose elements the parser reported out of FHIR's order); XHTML keeps its order.</param>
    /// <exception cref="XmlException">Either document is not well-formed.</exception>
    public static Difference? Compare(ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual, bool inFhirOrder = false) =>
        CompareRoots(Load(expected).Root!, Load(actual).Root!, inFhirOrder);

    /// <summary>The first difference between two XML fragments of one element each (a narrative <c>div</c>), or null when equal.</summary>
    /// <exception cref="XmlException">Either fragment is not well-formed.</exception>
    public static Difference? CompareMarkup(string expected, string actual) =>
        CompareRoots(Parse(expected), Parse(actual), inFhirOrder: false);

    private static XDocument Load(ReadOnlyMemory<byte> xml)
    {
        using var stream = new MemoryStream(xml.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, ReaderSettings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    private static XElement Parse(string markup)
    {
        using var reader = XmlReader.Create(new StringReader(markup), ReaderSettings);
        return XElement.Load(reader, LoadOptions.PreserveWhitespace);
    }

    private static Difference? CompareRoots(XElement expected, XElement actual, bool inFhirOrder) =>
        expected.Name != actual.Name
            ? new Difference("/" + expected.Name.LocalName, DifferenceKind.NameDiffers)
            : CompareElements(expected, actual, inFhirOrder)?.Under("/" + expected.Name.LocalName);

    // Both elements have the same name; the caller puts the element's own step in front of the path.
    private static Difference? CompareElements(XElement expected, XElement actual, bool inFhirOrder) =>
        CompareAttributes(expected, actual) ?? CompareChildren(expected, actual, inFhirOrder);

    private static Difference? CompareAttributes(XElement expected, XElement actual)
    {
        foreach (var attribute in Significant(expected.Attributes()))
        {
            var other = actual.Attribute(attribute.Name);
            if (other is null)
            {
                return new Difference(AttributeStep(attribute), DifferenceKind.Missing);
            }

            if (!string.Equals(attribute.Value, other.Value, StringComparison.Ordinal))
            {
                return new Difference(AttributeStep(attribute), DifferenceKind.ValueDiffers);
            }
        }

        var extra = Significant(actual.Attributes()).FirstOrDefault(a => expected.Attribute(a.Name) is null);
        return extra is null ? null : new Difference(AttributeStep(extra), DifferenceKind.Unexpected);
    }

    private static IEnumerable<XAttribute> Significant(IEnumerable<XAttribute> attributes) =>
        attributes.Where(a => !a.IsNamespaceDeclaration && a.Name != SchemaLocation);

    private static Difference? CompareChildren(XElement expected, XElement actual, bool inFhirOrder)
    {
        var expectedNodes = SignificantNodes(expected);
        var actualNodes = SignificantNodes(actual);
        if (inFhirOrder && expected.Name.Namespace != Xhtml)
        {
            expectedNodes = InOrderOf(expectedNodes, actualNodes);
        }

        var common = Math.Min(expectedNodes.Count, actualNodes.Count);
        for (var i = 0; i < common; i++)
        {
            var difference = CompareNodes(expectedNodes, actualNodes, i, inFhirOrder);
            if (difference is not null)
            {
                return difference;
            }
        }

        if (expectedNodes.Count > common)
        {
            return new Difference(Step(expectedNodes, common), DifferenceKind.Missing);
        }

        return actualNodes.Count > common ? new Difference(Step(actualNodes, common), DifferenceKind.Unexpected) : null;
    }

    /// <summary>
    /// The expected children stably sorted by where their element name first appears among the actual ones: FHIR's order
    /// is by element name, and repeats of one element keep their relative order.
    /// </summary>
    private static List<XNode> InOrderOf(List<XNode> expectedNodes, List<XNode> actualNodes)
    {
        var rank = new Dictionary<XName, int>();
        foreach (var node in actualNodes)
        {
            if (node is XElement element)
            {
                rank.TryAdd(element.Name, rank.Count);
            }
        }

        return [.. expectedNodes.OrderBy(n => n is XElement e && rank.TryGetValue(e.Name, out var r) ? r : int.MaxValue)];
    }

    private static Difference? CompareNodes(List<XNode> expectedNodes, List<XNode> actualNodes, int i, bool inFhirOrder)
    {
        var difference = (expectedNodes[i], actualNodes[i]) switch
        {
            (XElement e, XElement a) when e.Name != a.Name => new Difference("", DifferenceKind.NameDiffers),
            (XElement e, XElement a) => CompareElements(e, a, inFhirOrder),
            (XText e, XText a) => string.Equals(e.Value, a.Value, StringComparison.Ordinal) ? null : new Difference("", DifferenceKind.ValueDiffers),
            _ => new Difference("", DifferenceKind.KindDiffers),
        };

        // The step is worked out only for a difference: counting siblings for every node would be quadratic.
        return difference?.Under(Step(expectedNodes, i));
    }

    /// <summary>The child elements and text that count, adjacent text merged (comments may have split it).</summary>
    private static List<XNode> SignificantNodes(XElement element)
    {
        var inXhtml = element.Name.Namespace == Xhtml;
        var nodes = new List<XNode>();
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
            else if (node is XElement e)
            {
                AddText(nodes, text, inXhtml);
                nodes.Add(e);
            }
        }

        AddText(nodes, text, inXhtml);
        return nodes;
    }

    private static void AddText(List<XNode> nodes, StringBuilder text, bool inXhtml)
    {
        if (text.Length == 0)
        {
            return;
        }

        var value = text.ToString();
        text.Clear();
        if (inXhtml)
        {
            // Inside the narrative every character counts, but a run of whitespace is taken as one
            // space, as HTML renders it: serialisers may re-indent markup or turn CR LF into LF.
            nodes.Add(new XText(CollapseWhitespace(value)));
        }
        else if (!string.IsNullOrWhiteSpace(value))
        {
            nodes.Add(new XText(value));
        }
    }

    private static string CollapseWhitespace(string value)
    {
        var result = new StringBuilder(value.Length);
        var inRun = false;
        foreach (var c in value)
        {
            var isWhitespace = c is ' ' or '\t' or '\r' or '\n';
            if (!isWhitespace || !inRun)
            {
                result.Append(isWhitespace ? ' ' : c);
            }

            inRun = isWhitespace;
        }

        return result.ToString();
    }

    /// <summary>The XPath-like step of node <paramref name="i"/>: <c>/name[n]</c> or <c>/text()[n]</c>, n counting same-kind siblings from 1.</summary>
    private static string Step(List<XNode> nodes, int i)
    {
        var node = nodes[i];
        var position = 1 + nodes.Take(i).Count(n => node is XElement e ? n is XElement o && o.Name == e.Name : n is XText);
        var name = node is XElement element ? element.Name.LocalName : "text()";
        return string.Create(CultureInfo.InvariantCulture, $"/{name}[{position}]");
    }

    private static string AttributeStep(XAttribute attribute) =>
        attribute.Name.Namespace == XNamespace.Xml ? "/@xml:" + attribute.Name.LocalName : "/@" + attribute.Name.LocalName;
}
