using Interop.Fhir.Serialization.Json;

namespace Interop.Fhir.Tests.Serialization.Json;

public class Utf8LineCursorTests
{
    [Theory]
    [InlineData(new long[] { 0, 2, 3, 5, 6, 7 }, "1:1 1:3 2:1 2:3 3:1 4:1")]
    [InlineData(new long[] { 7, 3, 6, 0 }, "4:1 2:1 3:1 1:1")] // backwards: counts again from the start
    [InlineData(new long[] { 2, 100 }, "1:3 4:2")] // past the end: the end of the text
    public void MoveTo_Offsets_GivesLinesAndColumns(long[] offsets, string expected)
    {
        var cursor = new Utf8LineCursor("ab\ncd\n\ne"u8);
        var positions = new List<string>();
        foreach (var offset in offsets)
        {
            var (line, column) = cursor.MoveTo(offset);
            positions.Add($"{line}:{column}");
        }

        string.Join(' ', positions).Should().Be(expected);
    }
}
